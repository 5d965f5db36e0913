namespace Continuum.Models.BrainGain;

/// <summary>
/// A two-period model of schooling, emigration and return with heterogeneous ability (after Mayr and Peri
/// 2009). Ability ν is uniform; a native chooses schooling before knowing whether it may emigrate. With
/// probability p a schooled native may work abroad and then picks the best of: stay (SS), migrate and return
/// after period 1 with premium Γ (MR), or migrate for good (MM). Values are linear in ν, so every threshold
/// is found exactly and every integral over ability is exact (piecewise-linear integrands on a uniform density).
/// </summary>
public sealed class TwoPeriodBrainGainModel
{
    private readonly TwoPeriodParameters _parameters;
    private readonly ValueLine _stay;
    private readonly ValueLine _migrateReturn;
    private readonly ValueLine _migrateStay;
    private readonly ValueLine _unschooled;

    /// <summary>Creates the model; <paramref name="parameters"/> are validated.</summary>
    public TwoPeriodBrainGainModel(TwoPeriodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters.Validate();
        var x = parameters;
        var homeSchooled = x.HomeWage * (1 + x.HomeSchoolingReturn);
        var foreignSchooled = x.ForeignWage * (1 + x.ForeignSchoolingReturn) / x.HomePreference;
        _stay = new ValueLine(0, homeSchooled * (1 + x.DiscountFactor));
        _migrateReturn = new ValueLine(-x.MigrationCost + (x.DiscountFactor * x.ReturnPremium), foreignSchooled + (x.DiscountFactor * homeSchooled));
        _migrateStay = new ValueLine(-x.MigrationCost, foreignSchooled * (1 + x.DiscountFactor));
        _unschooled = new ValueLine(0, x.HomeWage * (1 + x.DiscountFactor));
    }

    /// <summary>The validated parameters.</summary>
    public TwoPeriodParameters Parameters => _parameters;

    /// <summary>Solves the model at emigration probability <paramref name="p"/> (in [0, 1]) with the given channels.</summary>
    public TwoPeriodOutcome Solve(double p, TwoPeriodChannels channels)
    {
        Require.Probability(p, "p");
        var schoolingP = channels.Incentive ? p : 0;
        var breaks = Breakpoints(schoolingP, channels.Return);
        var totals = new CohortTotals();
        var density = 1 / (_parameters.AbilityMax - _parameters.AbilityMin);
        var threshold = _parameters.AbilityMax;
        for (var i = 0; i + 1 < breaks.Count; i++)
        {
            double lo = breaks[i], hi = breaks[i + 1];
            if (hi <= lo)
            {
                continue;
            }

            var mid = 0.5 * (lo + hi);
            var schooled = SchoolingGain(mid, schoolingP, channels.Return) >= 0;
            if (schooled)
            {
                threshold = Math.Min(threshold, lo);
            }

            var choice = schooled ? BestChoice(mid, channels.Return) : Choice.Stay;
            totals.Add(lo, hi, density, schooled, choice, p, _parameters);
        }

        return totals.ToOutcome(p, threshold);
    }

    /// <summary>
    /// Expected gain from schooling at ability <paramref name="ability"/> when a schooled native may emigrate with
    /// probability <paramref name="p"/>: (1−p)V_SS + p·max_k V_k − c − V_unschooled (wage units); schooling iff ≥ 0.
    /// </summary>
    public double SchoolingGain(double ability, double p, bool returnAllowed)
    {
        var best = Value(BestChoice(ability, returnAllowed), ability);
        return ((1 - p) * _stay.At(ability)) + (p * best) - _parameters.SchoolingCost - _unschooled.At(ability);
    }

    /// <summary>The best option of a schooled native allowed to emigrate; ties go to staying, then to returning.</summary>
    public Choice BestChoice(double ability, bool returnAllowed)
    {
        var best = Choice.Stay;
        var value = _stay.At(ability);
        if (returnAllowed && _migrateReturn.At(ability) > value)
        {
            best = Choice.MigrateAndReturn;
            value = _migrateReturn.At(ability);
        }

        return _migrateStay.At(ability) > value ? Choice.MigrateAndStay : best;
    }

    private double Value(Choice choice, double ability) => choice switch
    {
        Choice.MigrateAndReturn => _migrateReturn.At(ability),
        Choice.MigrateAndStay => _migrateStay.At(ability),
        _ => _stay.At(ability),
    };

    private List<double> Breakpoints(double schoolingP, bool returnAllowed)
    {
        double lo = _parameters.AbilityMin, hi = _parameters.AbilityMax;
        var kinks = new List<double> { lo, hi };
        AddIntersection(kinks, _stay, _migrateStay, lo, hi);
        if (returnAllowed)
        {
            AddIntersection(kinks, _stay, _migrateReturn, lo, hi);
            AddIntersection(kinks, _migrateReturn, _migrateStay, lo, hi);
        }

        kinks.Sort();
        var all = new List<double>(kinks);
        for (var i = 0; i + 1 < kinks.Count; i++)
        {
            double a = kinks[i], b = kinks[i + 1];
            double ga = SchoolingGain(a, schoolingP, returnAllowed), gb = SchoolingGain(b, schoolingP, returnAllowed);
            if (b > a && ((ga < 0 && gb > 0) || (ga > 0 && gb < 0)))
            {
                all.Add(a + ((b - a) * ga / (ga - gb)));
            }
        }

        all.Sort();
        return all;
    }

    private static void AddIntersection(List<double> points, ValueLine first, ValueLine second, double lo, double hi)
    {
        var slope = first.Slope - second.Slope;
        if (slope == 0)
        {
            return;
        }

        var at = (second.Intercept - first.Intercept) / slope;
        if (at > lo && at < hi)
        {
            points.Add(at);
        }
    }
}
