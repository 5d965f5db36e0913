using System.Globalization;
using Continuum.Data.Demography;
using Continuum.Web.Api;
using Continuum.Web.Storage;

namespace Continuum.Web.Models;

/// <summary>
/// The working-age population of <c>continuum workforce</c> (docs/models/projection.md, "Working age"): persons in
/// an age range of whole 5-year groups for each area in two years, from the shipped WPP 2019 population
/// (estimates to 2020, medium variant after), with the same options, defaults and rules as the command.
/// </summary>
public sealed class WorkforceService(ShippedDemography demography, ResponseCache cache)
{
    /// <summary>Most areas in one request.</summary>
    public const int MaxAreas = 12;

    /// <summary>The table's columns: those of <c>continuum workforce --format csv</c>.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["area", "name", "ages", "from_year", "to_year", "population_from_k", "population_to_k", "change_k", "change_pct"];

    /// <summary>The table and chart (answers are cached); bad settings are <see cref="InputException"/>s naming them.</summary>
    public byte[] RunJson(string? areas, string? years, string? ages)
    {
        var wpp = demography.Wpp;
        var locations = QueryArgs.Text(areas, "areas") is { } text
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => wpp.Locations.Resolve(a, "areas")).Distinct().ToList()
            : [wpp.Locations.Resolve("903"), wpp.Locations.Resolve("935")];
        if (locations.Count is 0 or > MaxAreas)
        {
            throw new InputException(Invariant($"give 1 to {MaxAreas} areas separated by commas"), field: "areas");
        }

        var yearsText = QueryArgs.Text(years, "years") ?? "2005,2050";
        var agesText = QueryArgs.Text(ages, "ages") ?? "15-64";
        var span = Pair(yearsText, ',');
        if (span.From is < 1950 or > 2100 || span.To is < 1950 or > 2100 || span.From % 5 != 0 || span.To % 5 != 0 || span.From >= span.To)
        {
            throw new InputException($"'{QueryArgs.Clip(yearsText)}' is not allowed; give two increasing multiples of 5 from 1950 to 2100, e.g. 2005,2050", field: "years");
        }

        var range = Pair(agesText, '-');
        if (range.From < 0 || range.From % 5 != 0 || range.To > 100 || range.To < range.From || (range.To != 100 && range.To % 5 != 4))
        {
            throw new InputException($"'{QueryArgs.Clip(agesText)}' is not allowed; give whole 5-year groups within 0–100, e.g. 15-64", field: "ages");
        }

        var key = Invariant($"workforce|{string.Join(',', locations.Select(l => l.Code))}|{span.From}|{span.To}|{range.From}|{range.To}");
        return cache.GetOrAdd(key, () => ApiResults.ToJson(Run(wpp, locations, span, range)));
    }

    private static ModelResult Run(WppDemography wpp, List<WppLocation> locations, (int From, int To) years, (int From, int To) ages)
    {
        var label = ages.To >= 100 ? Invariant($"{ages.From}+") : Invariant($"{ages.From}-{ages.To}");
        var rows = new List<IReadOnlyList<object?>>();
        double sumFrom = 0, sumTo = 0;
        foreach (var l in locations)
        {
            var from = wpp.PopulationInAges(l.Code, years.From, ages.From, ages.To);
            var to = wpp.PopulationInAges(l.Code, years.To, ages.From, ages.To);
            sumFrom += from;
            sumTo += to;
            rows.Add(Row(l.Label, l.Name, label, years, from, to));
        }

        if (locations.Count > 1)
        {
            rows.Add(Row("total", string.Join(" + ", locations.Select(l => l.Name)), label, years, sumFrom, sumTo));
        }

        var grid = Enumerable.Range(0, ((years.To - years.From) / 5) + 1).Select(i => (double)(years.From + (5 * i))).ToList();
        var lines = locations.Select(l => ModelLine.Of(l.Name, grid, grid.Select(y => wpp.PopulationInAges(l.Code, (int)y, ages.From, ages.To) / 1e6))).ToList();
        ModelValue[] summary = [new("change_k", Invariant($"change {years.From}–{years.To} over the areas"), (sumTo - sumFrom) / 1e3, "thousand persons")];
        ModelChart[] charts = [new("working-age", Invariant($"Population aged {label} (WPP 2019)"), "year", "million persons", lines)];
        var title = Invariant($"Population aged {label}, WPP 2019 (estimates; medium variant after 2020), {years.From} and {years.To}");
        return new ModelResult("workforce", title, summary, new ModelTable(Columns, rows), charts);
    }

    private static IReadOnlyList<object?> Row(string area, string name, string ages, (int From, int To) years, double from, double to) =>
        [area, name, ages, years.From, years.To, from / 1e3, to / 1e3, (to - from) / 1e3, from > 0 ? ((to / from) - 1) * 100 : null];

    private static (int From, int To) Pair(string text, char separator)
    {
        var parts = text.Split(separator, StringSplitOptions.TrimEntries);
        return parts.Length == 2 &&
               int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a) &&
               int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            ? (a, b)
            : (-1, -1);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
