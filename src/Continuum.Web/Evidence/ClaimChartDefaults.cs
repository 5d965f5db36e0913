using System.Globalization;
using Continuum.Evidence.Claims;

namespace Continuum.Web.Evidence;

/// <summary>
/// The chart drawn for a claim that names none: its first measure's series over the measured years with eight
/// years before and seven after, as the CLI's HTML report draws it (see <c>EvidenceHtmlReport</c>).
/// </summary>
public static class ClaimChartDefaults
{
    /// <summary>The default chart of <paramref name="claim"/>, or null when it has nothing to draw (no measure, a count, or a model output).</summary>
    public static ChartSpec? For(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var measure = claim.Measures.FirstOrDefault();
        if (measure is null)
        {
            return null;
        }

        var e = measure.Expression;
        if (e.Of is null)
        {
            return null;
        }

        var selectors = new[] { e.Of, e.Denominator }.OfType<Selector>().ToList();
        var years = new[] { e.Of.FromYear, e.Of.ToYear, e.FromYear ?? e.Of.FromYear, e.ToYear ?? e.Of.ToYear }
            .Where(y => y is > 1000 and < 3000).ToArray();
        if (years.Length == 0 || e.Op == MeasureOp.Count)
        {
            return null;
        }

        var scale = e.Op == MeasureOp.Value ? e.Scale : 1;
        return new ChartSpec(claim.Text, selectors, years.Min() - 8, years.Max() + 7, scale,
            string.Create(CultureInfo.InvariantCulture, $"{e.Of.Indicator} / {scale:G3}"));
    }
}
