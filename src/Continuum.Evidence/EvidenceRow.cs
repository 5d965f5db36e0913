using Continuum.Evidence.Claims;
using Continuum.Evidence.Verdicts;

namespace Continuum.Evidence;

/// <summary>One line of the evidence ledger: a claim, one of its measures, the verdict and provenance.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Measure">The measure (null when the claim has none).</param>
/// <param name="Measured">The measured value in the claim's unit, or null.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Gap">Measured minus claimed (see <see cref="VerdictRule"/>), NaN without data.</param>
/// <param name="Source">Sources used, joined with "; ".</param>
/// <param name="Vintage">Vintages used, joined with "; ".</param>
/// <param name="Missing">What was missing, for "no data".</param>
public sealed record EvidenceRow(
    Claim Claim,
    Measure? Measure,
    double? Measured,
    Verdict Verdict,
    double Gap,
    string Source,
    string Vintage,
    string? Missing)
{
    /// <summary>The claimed value as printed: a number, or "low–high" for a range.</summary>
    public string ClaimedText
    {
        get
        {
            var t = Measure?.Test ?? Claim.Test;
            return t.Comparison == Comparison.Between
                ? $"{Num(t.Claimed)}-{Num(t.ClaimedUpper)}"
                : Num(t.Claimed);
        }
    }

    private static string Num(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
