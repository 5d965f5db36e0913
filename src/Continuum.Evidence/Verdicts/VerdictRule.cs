using Continuum.Evidence.Claims;

namespace Continuum.Evidence.Verdicts;

/// <summary>
/// The one verdict rule (documented in docs/evidence.md). With tolerance τ (relative: τ·|claimed|, or absolute):
/// <list type="bullet">
/// <item>about: |m − c| ≤ τ supported; ≤ 2τ partly; else not supported. Gap = m − c.</item>
/// <item>greater (c is a lower bound): m ≥ c supported; m ≥ c − τ partly. Gap = m − c.</item>
/// <item>less (c is an upper bound): m ≤ c supported; m ≤ c + τ partly. Gap = m − c.</item>
/// <item>between [lo, hi]: inside supported; within τ (relative to hi − lo) of the range partly. Gap = distance
/// outside the range, signed (0 inside).</item>
/// <item>ratio: |ln(m/c)| ≤ ln(1 + τ) supported; ≤ 2·ln(1 + τ) partly. Gap = m/c − 1.</item>
/// </list>
/// A measured value that is missing or not finite gives "no data".
/// </summary>
public static class VerdictRule
{
    /// <summary>The verdict and gap for <paramref name="measured"/> under <paramref name="test"/>.</summary>
    public static (Verdict Verdict, double Gap) Judge(ClaimTest test, double? measured)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (measured is not { } m || !double.IsFinite(m))
        {
            return (Verdict.NoData, double.NaN);
        }

        var c = test.Claimed;
        var tol = Tolerance(test);
        return test.Comparison switch
        {
            Comparison.About => (Grade(Math.Abs(m - c), tol), m - c),
            Comparison.Greater => (Bound(Math.Max(0, c - m), tol), m - c),
            Comparison.Less => (Bound(Math.Max(0, m - c), tol), m - c),
            Comparison.Between => Between(test, m, tol),
            _ => RatioVerdict(test, m, c),
        };
    }

    private static double Tolerance(ClaimTest test)
    {
        if (test.AbsoluteTolerance is { } abs)
        {
            return abs;
        }

        var width = test.Comparison == Comparison.Between ? test.ClaimedUpper - test.Claimed : Math.Abs(test.Claimed);
        return (test.Tolerance ?? 0) * width;
    }

    private static Verdict Grade(double miss, double tol) =>
        miss <= tol ? Verdict.Supported : miss <= 2 * tol ? Verdict.Partly : Verdict.NotSupported;

    private static Verdict Bound(double miss, double tol) =>
        miss == 0 ? Verdict.Supported : miss <= tol ? Verdict.Partly : Verdict.NotSupported;

    private static (Verdict, double) Between(ClaimTest test, double m, double tol)
    {
        var gap = m < test.Claimed ? m - test.Claimed : m > test.ClaimedUpper ? m - test.ClaimedUpper : 0;
        return (Bound(Math.Abs(gap), tol), gap);
    }

    private static (Verdict, double) RatioVerdict(ClaimTest test, double m, double c)
    {
        if (m <= 0 || c <= 0)
        {
            return (Verdict.NotSupported, m / c - 1);
        }

        var band = Math.Log(1 + (test.Tolerance ?? 0));
        return (Grade(Math.Abs(Math.Log(m / c)), band), m / c - 1);
    }
}
