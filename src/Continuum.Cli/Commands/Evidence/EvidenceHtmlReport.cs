using System.Globalization;
using System.Net;
using System.Text;
using Continuum.Data.Store;
using Continuum.Evidence;
using Continuum.Evidence.Claims;
using Continuum.Evidence.Evaluation;
using Continuum.Evidence.Verdicts;

namespace Continuum.Cli.Commands.Evidence;

/// <summary>A self-contained HTML report of the ledger: one section per claim with its rows and an embedded PNG chart.</summary>
public static class EvidenceHtmlReport
{
    /// <summary>Renders the report.</summary>
    public static string Render(ClaimSet set, IReadOnlyList<EvidenceRow> rows, ContinuumStore store)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(rows);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(set.Title)).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;color:#222}")
            .Append("table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #ccc;padding:4px 6px;font-size:13px;text-align:left}")
            .Append(".supported{background:#d9f2d9}.partly{background:#fff2cc}.not-supported{background:#f8d7da}.no-data{background:#eee}")
            .Append("section{border-top:2px solid #444;margin-top:2em}img{max-width:100%}.meta{color:#666;font-size:13px}")
            .Append("</style></head><body><h1>").Append(E(set.Title)).Append("</h1>");
        html.Append("<p class=\"meta\">Claims file: ").Append(E(Path.GetFileName(set.File)))
            .Append(". Verdict rule: docs/evidence.md. Every number shows its source and vintage.</p>");
        AppendSummary(html, rows);
        foreach (var claim in set.Claims)
        {
            AppendClaim(html, claim, rows.Where(r => ReferenceEquals(r.Claim, claim)).ToList(), store);
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendSummary(StringBuilder html, IReadOnlyList<EvidenceRow> rows)
    {
        html.Append("<table><tr>");
        foreach (var c in EvidenceCommand.Columns)
        {
            html.Append("<th>").Append(c).Append("</th>");
        }

        html.Append("</tr>");
        var table = EvidenceCommand.ToTable(rows, string.Empty);
        for (var i = 0; i < rows.Count; i++)
        {
            html.Append("<tr class=\"").Append(rows[i].Verdict.ToText().Replace(' ', '-')).Append("\">");
            foreach (var cell in table.Rows[i])
            {
                html.Append("<td>").Append(E(ResultTable.Human(cell))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static void AppendClaim(StringBuilder html, Claim claim, IReadOnlyList<EvidenceRow> rows, ContinuumStore store)
    {
        html.Append("<section id=\"").Append(E(claim.Id)).Append("\"><h2>").Append(E(claim.Id)).Append("</h2><p><b>")
            .Append(E(claim.Text)).Append("</b></p><p class=\"meta\">").Append(E(claim.Speaker)).Append(" — ").Append(E(claim.Session)).Append("</p>");
        if (claim.Note.Length > 0)
        {
            html.Append("<p>").Append(E(claim.Note)).Append("</p>");
        }

        html.Append("<ul>");
        foreach (var r in rows)
        {
            html.Append("<li class=\"").Append(r.Verdict.ToText().Replace(' ', '-')).Append("\">")
                .Append(E(r.Measure?.Label ?? "no measure")).Append(": claimed ").Append(E(r.ClaimedText)).Append(", measured ")
                .Append(E(r.Measured is { } m ? ResultTable.Human(m) : "–")).Append(' ').Append(E(claim.Unit)).Append(" → <b>")
                .Append(E(r.Verdict.ToText())).Append("</b>").Append(E(r.Source.Length > 0 ? $" ({r.Source}; {r.Vintage})" : $" ({r.Missing})")).Append("</li>");
        }

        html.Append("</ul>");
        var png = Chart(claim, store);
        if (png is not null)
        {
            html.Append("<img alt=\"chart for ").Append(E(claim.Id)).Append("\" src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(png)).Append("\">");
        }

        html.Append("</section>");
    }

    /// <summary>The claim's chart as PNG bytes, or null when it has nothing to draw.</summary>
    public static byte[]? Chart(Claim claim, ContinuumStore store)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var spec = ClaimCharts.For(claim);
        if (spec is null)
        {
            return null;
        }

        var evaluator = new SelectorEvaluator(store);
        var series = new List<ChartSeries>();
        foreach (var s in spec.Series)
        {
            var result = evaluator.Evaluate(s with { FromYear = spec.FromYear, ToYear = spec.ToYear, YearList = false });
            var years = result.ByYear.Keys.Order().ToArray();
            if (years.Length == 0)
            {
                continue;
            }

            var name = $"{string.Join('+', s.Indicators)} {string.Join('+', s.Areas)} ({string.Join(", ", result.Vintages)})";
            series.Add(new ChartSeries(name, years.Select(y => (double)y).ToArray(), years.Select(y => result.ByYear[y] / spec.Scale).ToArray()));
        }

        return series.Count == 0 ? null : LineChart.RenderPng(spec.Title.Length > 0 ? spec.Title : claim.Text, "year", spec.YLabel, series);
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
