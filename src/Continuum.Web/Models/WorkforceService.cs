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
        var options = new WorkingAgeOptions(
            QueryArgs.Text(areas, "areas") ?? WorkingAgeOptions.DefaultAreas,
            QueryArgs.Text(years, "years") ?? WorkingAgeOptions.DefaultYears,
            QueryArgs.Text(ages, "ages") ?? WorkingAgeOptions.DefaultAges).Validate();
        var wpp = demography.Wpp;
        var locations = options.AreaList.Select(a => wpp.Locations.Resolve(a, "areas")).Distinct().ToList();
        if (locations.Count > MaxAreas)
        {
            throw new InputException(Invariant($"give 1 to {MaxAreas} areas separated by commas"), field: "areas");
        }

        var (span, range) = (options.YearPair, options.AgeRange);
        var key = Invariant($"workforce|{string.Join(',', locations.Select(l => l.Code))}|{span.From}|{span.To}|{range.From}|{range.To}");
        return cache.GetOrAdd(key, () => ApiResults.ToJson(Run(wpp, locations, options)));
    }

    private static ModelResult Run(WppDemography wpp, List<WppLocation> locations, WorkingAgeOptions options)
    {
        var (years, ages, label) = (options.YearPair, options.AgeRange, options.AgeLabel);
        var compared = WorkingAgeRow.Compare(wpp, locations, options);
        var rows = compared.Select(r => (IReadOnlyList<object?>)[r.Area, r.Name, label, years.From, years.To, r.PersonsFrom / 1e3, r.PersonsTo / 1e3,
            r.ChangePersons / 1e3, r.ChangePercent]).ToList();
        var change = compared[^1].ChangePersons; // the total row when there are several areas
        var grid = WorkingAgeRow.ChartYears(options).Select(y => (double)y).ToList();
        var lines = locations.Select(l => ModelLine.Of(l.Name, grid, grid.Select(y => wpp.PopulationInAges(l.Code, (int)y, ages.From, ages.To) / 1e6))).ToList();
        ModelValue[] summary = [new("change_k", Invariant($"change {years.From}–{years.To} over the areas"), change / 1e3, "thousand persons")];
        ModelChart[] charts = [new("working-age", Invariant($"Population aged {label} (WPP 2019)"), "year", "million persons", lines)];
        var title = Invariant($"Population aged {label}, WPP 2019 (estimates; medium variant after 2020), {years.From} and {years.To}");
        return new ModelResult("workforce", title, summary, new ModelTable(Columns, rows), charts);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
