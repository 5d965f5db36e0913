using System.Globalization;

namespace Continuum.Evidence.Claims;

/// <summary>
/// What to chart for a claim, one rule for every report (CLI HTML, web): the claim's own <c>[claim.chart]</c>, else
/// its first data measure's series over the measured years with eight years before and seven after.
/// </summary>
public static class ClaimCharts
{
    /// <summary>The chart of <paramref name="claim"/>, or null when it has nothing to draw (no data measure, or a count).</summary>
    public static ChartSpec? For(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Chart is not null)
        {
            return claim.Chart;
        }

        var e = claim.Measures.Select(m => m.Expression).FirstOrDefault(x => x.Of is not null);
        if (e?.Of is not { } of || e.Op == MeasureOp.Count)
        {
            return null;
        }

        var years = new[] { of.FromYear, of.ToYear, e.FromYear ?? of.FromYear, e.ToYear ?? of.ToYear }
            .Where(y => y is > 1000 and < 3000).ToArray();
        if (years.Length == 0)
        {
            return null;
        }

        var selectors = new[] { of, e.Denominator }.OfType<Selector>().ToList();
        var scale = e.Op == MeasureOp.Value ? e.Scale : 1;
        return new ChartSpec(claim.Text, selectors, years.Min() - 8, years.Max() + 7, scale,
            string.Create(CultureInfo.InvariantCulture, $"{of.Indicator} / {scale:G3}"));
    }
}
