using Continuum.Models.Projection;

namespace Continuum.Models.HostEconomy;

/// <summary>Employment rates by age, sex and years since landing, and immigrants' relative productivity.</summary>
public static class EmploymentRates
{
    /// <summary>Employment rate of the whole population at <paramref name="age"/>: 25–54 by sex, 15–24 and 55–64 the edge rate, else 0.</summary>
    public static double Base(HostEconomyParameters p, int age, Sex sex)
    {
        ArgumentNullException.ThrowIfNull(p);
        return age switch
        {
            >= 25 and <= 54 => p.EmploymentRatePrimeAge[(int)sex],
            (>= 15 and <= 24) or (>= 55 and <= 64) => p.EmploymentRateEdgeAges,
            _ => 0,
        };
    }

    /// <summary>Immigrants' employment relative to the whole population after <paramref name="yearsSinceLanding"/> (bands 0–4, 5–9, 10+).</summary>
    public static double Relative(HostEconomyParameters p, int yearsSinceLanding, Sex sex)
    {
        ArgumentNullException.ThrowIfNull(p);
        var band = yearsSinceLanding switch { < 5 => 0, < 10 => 1, _ => 2 };
        return p.RelativeEmploymentByYearsSinceLanding[(int)sex][band];
    }

    /// <summary>Relative productivity 1 − (1 − φ0)·exp(−τ / T) after τ = <paramref name="yearsSinceLanding"/> years.</summary>
    public static double RelativeProductivity(HostEconomyParameters p, double yearsSinceLanding)
    {
        ArgumentNullException.ThrowIfNull(p);
        return 1 - ((1 - p.RelativeProductivityAtLanding) * Math.Exp(-yearsSinceLanding / p.ProductivityConvergenceYears));
    }
}
