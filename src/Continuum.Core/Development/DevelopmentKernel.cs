using Continuum.Core.Population;

namespace Continuum.Core.Development;

/// <summary>
/// The per-person development step of one year for the employed: earnings (Mincer factor × the country's
/// anchored scale), skill-level employment of tertiary immigrants (a persistent per-person draw compared
/// with the underemployment probability, which only falls with years since landing, so a person once at
/// skill level stays there), the returnee premium, effective labour, and the expected remittances of
/// emigrants (p(τ) × share × earnings; using the expectation instead of a remit/no-remit draw keeps the mean
/// and removes that noise). All sums are fixed-point integers (<see cref="DevelopmentSums"/>). Lookup tables
/// are built once, so the loop does no allocation and calls no <c>Math.Exp</c>.
/// </summary>
public sealed class DevelopmentKernel
{
    private const int MaxDuration = 256;
    private const int Ages = PopulationState.MaxAge + 1;
    private readonly int _countries;
    private readonly double[] _earningsUsd;
    private readonly long[] _earningsRoundedUsd;
    private readonly long[] _factorUnits;
    private readonly double[] _underemployment;
    private readonly double[] _remitUsdPerUsd;
    private readonly double[] _netShare;
    private readonly double[] _penaltyFactor;
    private readonly double[] _returneeFactor;

    /// <summary>Builds the lookup tables from calibrated parameters.</summary>
    /// <param name="p">The run's parameters (levers applied).</param>
    /// <param name="earnings">The anchored earnings model.</param>
    /// <param name="remittances">The calibrated remittance behaviour.</param>
    public DevelopmentKernel(DevelopmentParameters p, EarningsModel earnings, RemittanceBehaviour remittances)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(earnings);
        ArgumentNullException.ThrowIfNull(remittances);
        _countries = p.Countries.Count;
        (_earningsUsd, _factorUnits) = EarningsTables(_countries, earnings);
        _earningsRoundedUsd = Array.ConvertAll(_earningsUsd, x => (long)Math.Round(x));
        (_underemployment, _netShare) = CorridorTables(_countries, p);
        _remitUsdPerUsd = new double[_countries * _countries * MaxDuration];
        for (var k = 0; k < _countries * _countries; k++)
        {
            for (var t = 0; t < MaxDuration; t++)
            {
                _remitUsdPerUsd[(k * MaxDuration) + t] = remittances.Shares[k] * remittances.RemitProbability(t);
            }
        }

        _penaltyFactor = [1, 1 - p.Recognition.EarningsPenalty];
        _returneeFactor = new double[_countries];
        for (var k = 0; k < _countries; k++)
        {
            _returneeFactor[k] = p.Return.ReturneeEarningsFactor(k);
        }
    }

    /// <summary>Adds the employed persons of slots [start, end) in <paramref name="year"/> to <paramref name="sums"/>.</summary>
    /// <param name="state">The persons.</param>
    /// <param name="start">First slot.</param>
    /// <param name="end">One past the last slot.</param>
    /// <param name="year">Calendar year (ages are year − birth year).</param>
    /// <param name="integrationKey">The run's persistent integration stream key (same in every year).</param>
    /// <param name="sums">The worker's sums.</param>
    public void Accumulate(PopulationState state, int start, int end, int year, ulong integrationKey, DevelopmentSums sums)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(sums);
        var c = _countries;
        for (var i = start; i < end; i++)
        {
            if (state.Alive[i] == 0 || state.Labour[i] != (byte)LabourStatus.Employed)
            {
                continue;
            }

            int r = state.Residence[i], b = state.BirthCountry[i], e = state.Education[i];
            var age = Math.Min(Ages - 1, year - state.BirthYear[i]);
            long w = state.Weight[i];
            var cell = (((r * 3) + e) * Ages) + age;
            var factor = IntegrationFactor(state, i, r, b, w, integrationKey, sums);
            var earnings = _earningsUsd[cell] * factor;
            if (factor == 1)
            {
                // Most workers: the rounded tables give exactly what rounding earnings × 1 would.
                sums.EarningsUsd[r] += w * _earningsRoundedUsd[cell];
                sums.EffectiveLabour[r] += w * _factorUnits[cell];
            }
            else
            {
                sums.EarningsUsd[r] += w * (long)Math.Round(earnings);
                sums.EffectiveLabour[r] += w * (long)Math.Round(_factorUnits[cell] * factor);
            }

            if (b != r)
            {
                var corridor = (r * c) + b;
                var sent = earnings * _remitUsdPerUsd[(corridor * MaxDuration) + state.YearsSinceMigration[i]];
                sums.RemittancesSentUsd[corridor] += w * (long)Math.Round(sent);
                sums.RemittancesReceivedUsd[corridor] += w * (long)Math.Round(sent * _netShare[corridor]);
            }
        }
    }

    private static (double[] Earnings, long[] Factors) EarningsTables(int c, EarningsModel earnings)
    {
        var usd = new double[c * 3 * Ages];
        var units = new long[c * 3 * Ages];
        for (var k = 0; k < c; k++)
        {
            for (var e = 0; e < 3; e++)
            {
                for (var a = 0; a < Ages; a++)
                {
                    var i = (((k * 3) + e) * Ages) + a;
                    usd[i] = earnings.AnnualEarningsUsd(k, e, a);
                    units[i] = (long)Math.Round(earnings.RelativeFactor(k, e, a) * DevelopmentSums.FactorUnits);
                }
            }
        }

        return (usd, units);
    }

    private static (double[] Underemployment, double[] NetShare) CorridorTables(int c, DevelopmentParameters p)
    {
        var under = new double[c * c * MaxDuration];
        var net = new double[c * c];
        for (var h = 0; h < c; h++)
        {
            for (var o = 0; o < c; o++)
            {
                net[(h * c) + o] = 1 - p.Costs.Cost(h, o);
                for (var t = 0; t < MaxDuration; t++)
                {
                    under[(((h * c) + o) * MaxDuration) + t] = h == o ? 0 : p.Recognition.UnderemploymentProbability(h, o, t);
                }
            }
        }

        return (under, net);
    }

    /// <summary>The integration factor of an employed person: underemployment penalty for tertiary immigrants (counted), returnee premium.</summary>
    private double IntegrationFactor(PopulationState state, int i, int r, int b, long w, ulong integrationKey, DevelopmentSums sums)
    {
        if (b == r)
        {
            return state.Status[i] == (byte)MigrationStatus.Returnee ? _returneeFactor[r] : 1;
        }

        if (state.Education[i] != (byte)EducationLevel.Tertiary)
        {
            return 1;
        }

        var p = _underemployment[(((r * _countries) + b) * MaxDuration) + state.YearsSinceMigration[i]];
        var under = Rng.Uniform(integrationKey, state.Key[i]) < p ? 1 : 0;
        sums.TertiaryImmigrantsEmployed[r] += w;
        sums.Underemployed[r] += w * under;
        return _penaltyFactor[under];
    }
}
