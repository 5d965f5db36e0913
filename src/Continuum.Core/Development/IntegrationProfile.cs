using System.Globalization;

namespace Continuum.Core.Development;

/// <summary>
/// How immigrants' employment catches up with natives': the employment rate relative to the native-born is
/// e(τ) = 1 − g₀·exp(−τ / T) after τ years since landing. Calibrated to Statistics Canada LFS table 14-10-0085
/// (employment rate, ages 25–54, immigrants landed ≤ 5 and 5–10 years earlier vs born in Canada) by matching
/// the band averages of the gap exactly: the ratio of the 5–10 to the 0–5 band gap is exp(−5 / T).
/// The same time scale T governs the catch-up of skill-level employment (<see cref="CredentialRecognition"/>).
/// Immutable; invariants 0 ≤ g₀ &lt; 1, T &gt; 0.
/// </summary>
public sealed class IntegrationProfile
{
    /// <summary>Creates a profile; throws an <see cref="InputException"/> outside the domain.</summary>
    /// <param name="gapAtLanding">g₀: the employment gap relative to natives at landing, fraction in [0, 1).</param>
    /// <param name="convergenceYears">T: years for the gap to shrink by a factor e, in (0, 200].</param>
    public IntegrationProfile(double gapAtLanding, double convergenceYears)
    {
        GapAtLanding = Require.InRange(gapAtLanding, 0, 0.999, "integration gap at landing");
        ConvergenceYears = Require.InRange(convergenceYears, 0.1, 200, "integration convergence years");
    }

    /// <summary>g₀, fraction.</summary>
    public double GapAtLanding { get; }

    /// <summary>T, years.</summary>
    public double ConvergenceYears { get; }

    /// <summary>Employment rate relative to natives after <paramref name="yearsSinceLanding"/> years, in (0, 1].</summary>
    public double RelativeEmployment(double yearsSinceLanding) =>
        1 - (GapAtLanding * Math.Exp(-Math.Max(0, yearsSinceLanding) / ConvergenceYears));

    /// <summary>The average of <see cref="RelativeEmployment"/> over τ in [<paramref name="from"/>, <paramref name="to"/>), years.</summary>
    public double BandAverage(double from, double to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(to, from);
        var t = ConvergenceYears;
        var meanGap = GapAtLanding * t * (Math.Exp(-from / t) - Math.Exp(-to / t)) / (to - from);
        return 1 - meanGap;
    }

    /// <summary>
    /// Calibrates the profile from the employment rates (percent) of immigrants landed 0–5 and 5–10 years earlier
    /// and of the native-born, as published by Statistics Canada. Needs 0–5 &lt; 5–10 &lt; native.
    /// </summary>
    public static IntegrationProfile Calibrate(double landed0To5Percent, double landed5To10Percent, double nativePercent, string source = "employment rates")
    {
        var gap1 = 1 - (landed0To5Percent / nativePercent);
        var gap2 = 1 - (landed5To10Percent / nativePercent);
        if (!(gap1 > gap2 && gap2 > 0 && gap1 < 1))
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"immigrants' employment must rise with years since landing and stay below natives' (0–5: {landed0To5Percent}, 5–10: {landed5To10Percent}, native: {nativePercent})"),
                source, field: "employment_rate_percent");
        }

        var t = -5 / Math.Log(gap2 / gap1);
        // Band average of g0·exp(−τ/T) over [0, 5) is g0·T·(1 − e^(−5/T))/5; solve it for g0.
        var g0 = gap1 * 5 / (t * (1 - Math.Exp(-5 / t)));
        return new IntegrationProfile(Math.Min(g0, 0.999), t);
    }
}
