using System.Globalization;
using System.Net;
using System.Text;
using Continuum.Cli.Infrastructure;
using Continuum.Data.Development;
using Continuum.Data.Simulation;

namespace Continuum.Cli.Commands.Comparison;

/// <summary>A self-contained HTML report of a comparison: method, run ids, one embedded chart and summary table per key indicator.</summary>
public static class ComparisonHtmlReport
{
    /// <summary>Renders the report; <paramref name="runIds"/> are the stored runs of A and B (null when not stored).</summary>
    public static string Render(ComparisonResult result, (string? A, string? B) runIds)
    {
        ArgumentNullException.ThrowIfNull(result);
        var a = result.A.Scenario;
        var b = result.B.Scenario;
        var meta = new StringBuilder();
        meta.Append("A: ").Append(E(a.Description)).Append(" (").Append(E(Path.GetFileName(a.SourceFile)))
            .Append(", run ").Append(E(runIds.A ?? "not stored")).Append(")<br>B: ").Append(E(b.Description)).Append(" (")
            .Append(E(Path.GetFileName(b.SourceFile))).Append(", run ").Append(E(runIds.B ?? "not stored")).Append(")<br>")
            .Append(result.OutcomesA.Count.ToString(CultureInfo.InvariantCulture))
            .Append(" replicate pairs with common random numbers (seed ").Append(a.Seed.ToString(CultureInfo.InvariantCulture))
            .Append("); band: paired t interval, 95 % (docs/development.md).");
        var dims = result.A.Inputs.Dimensions;
        return Page(a.Name, b.Name, meta.ToString(), result.Rows, dims.Countries, dims.HorizonYear);
    }

    /// <summary>Renders the report of two stored runs compared (<see cref="RunComparison"/>), naming both runs and the method of the band.</summary>
    public static string Render(RunComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        static string Run(string label, RunStore.RunInfo r) => string.Create(CultureInfo.InvariantCulture,
            $"{label}: run {E(r.RunId)}, scenario {E(r.Scenario)} ({E(Path.GetFileName(r.ScenarioFile))}), seed {r.Seed}, {r.Replicates} replicate(s), saved {r.CreatedUtc:yyyy-MM-dd HH:mm} UTC");
        var meta = $"{Run("A", result.A)}<br>{Run("B", result.B)}<br>band: {E(result.MethodDescription)} (docs/scenarios.md).";
        return Page(result.A.Scenario, result.B.Scenario, meta, result.Rows, result.Countries, result.HorizonYear);
    }

    private static string Page(string nameA, string nameB, string metaHtml, IReadOnlyList<ComparisonRow> rows, IReadOnlyList<string> countries, int horizonYear)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Continuum: ")
            .Append(E(nameB)).Append(" vs ").Append(E(nameA)).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;color:#222}")
            .Append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px;text-align:right}")
            .Append("img{max-width:100%}.meta{color:#555;font-size:14px}</style></head><body>");
        html.Append("<h1>").Append(E(nameB)).Append(" compared with ").Append(E(nameA)).Append("</h1>");
        html.Append("<p class=\"meta\">").Append(metaHtml).Append("</p>");
        foreach (var indicator in ComparisonTables.KeyIndicators)
        {
            AppendIndicator(html, rows, countries, horizonYear, indicator);
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendIndicator(StringBuilder html, IReadOnlyList<ComparisonRow> rows, IReadOnlyList<string> countries, int horizonYear, string indicator)
    {
        html.Append("<h2>").Append(E(indicator)).Append("</h2>");
        var series = ComparisonTables.Series(rows, countries, indicator);
        if (series.Count > 0)
        {
            var png = LineChart.RenderPng(indicator, "year", "B − A, % of A", series);
            html.Append("<img alt=\"").Append(E(indicator)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\">");
        }

        html.Append("<table><tr><th>area</th><th>year</th><th>A</th><th>B</th><th>B − A</th><th>lower</th><th>upper</th><th>unit</th></tr>");
        foreach (var r in rows.Where(r => r.Indicator == indicator && r.Year == horizonYear))
        {
            html.Append("<tr><td>").Append(E(r.Area)).Append("</td><td>").Append(r.Year.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var v in new[] { r.A, r.B, r.Difference, r.Lower, r.Upper })
            {
                html.Append("<td>").Append(double.IsFinite(v) ? v.ToString("G6", CultureInfo.InvariantCulture) : string.Empty).Append("</td>");
            }

            html.Append("<td>").Append(E(r.Unit)).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
