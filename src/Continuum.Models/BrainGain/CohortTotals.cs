namespace Continuum.Models.BrainGain;

/// <summary>Exact sums over ability segments of the cohort: masses and human capital of period-2 residents.</summary>
internal sealed class CohortTotals
{
    private double _schooled;
    private double _residents;
    private double _residentSchooled;
    private double _humanCapital;
    private double _returnees;
    private double _emigrants;

    /// <summary>Adds ability segment [lo, hi] (uniform density) where every agent makes the same choices.</summary>
    public void Add(double lo, double hi, double density, bool schooled, Choice choice, double p, TwoPeriodParameters x)
    {
        var mass = (hi - lo) * density;
        var abilityIntegral = 0.5 * ((hi * hi) - (lo * lo)) * density;
        if (!schooled)
        {
            _residents += mass;
            _humanCapital += abilityIntegral;
            return;
        }

        var factor = 1 + x.HomeSchoolingReturn;
        _schooled += mass;
        var home = choice == Choice.MigrateAndStay ? 1 - p : 1.0;
        _residents += home * mass;
        _residentSchooled += home * mass;
        _humanCapital += home * factor * abilityIntegral;
        if (choice == Choice.MigrateAndReturn)
        {
            _returnees += p * mass;
            _humanCapital += p * mass * x.ReturnPremium / x.HomeWage;
        }
        else if (choice == Choice.MigrateAndStay)
        {
            _emigrants += p * mass;
        }
    }

    public TwoPeriodOutcome ToOutcome(double p, double threshold) => new(
        p,
        threshold,
        _schooled,
        _residents,
        _residents > 0 ? _humanCapital / _residents : double.NaN,
        _residents > 0 ? _residentSchooled / _residents : double.NaN,
        _returnees,
        _emigrants);
}
