using Continuum.Data.Areas;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Reads the Abel–Cohen (2022) country flow totals (<c>data/demography/migration/abel_cohen_2022_country_flow_totals_5y.csv</c>):
/// per country and 5-year period, persons moving in the period. Area from <c>iso3</c> (or, where it is empty, the
/// <c>country</c> name; the pre-2011 Sudan is the file's own code <c>SUD</c>). Period "2010-2015", Year = first year.
/// Unit "persons per 5-year period". Source "Abel &amp; Cohen (2022), Sci Data 9:173", Vintage "Abel-Cohen 2022".
/// </summary>
public static class AbelCohenReader
{
    /// <summary>Value columns and their indicator codes.</summary>
    public static IReadOnlyList<(string Column, string Indicator)> ValueColumns { get; } =
    [
        ("immigration_total", "AC.IMMIG.TOTAL"),
        ("emigration_total", "AC.EMIG.TOTAL"),
        ("emigration_of_natives", "AC.EMIG.NATIVES"),
        ("return_of_natives", "AC.RETURN.NATIVES"),
        ("return_out_of_foreign_born", "AC.RETURN.FOREIGNBORN"),
        ("transit_in", "AC.TRANSIT.IN"),
        ("transit_out", "AC.TRANSIT.OUT"),
        ("immigration_of_foreign_born_first_move", "AC.IMMIG.FOREIGNBORN.FIRST"),
    ];

    /// <summary>The dataset vintage.</summary>
    public const string Vintage = "Abel-Cohen 2022";

    /// <summary>Reads <paramref name="path"/> with the shipped area table.</summary>
    public static ReadResult Read(string path) => Read(path, AreaRegistry.LoadDefault());

    /// <summary>Reads <paramref name="path"/>, resolving areas with <paramref name="areas"/>.</summary>
    public static ReadResult Read(string path, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var csv = CsvFile.Read(path);
        csv.RequireColumns("period_start", "period_end", "iso3", "country");
        var values = ValueColumns.Where(v => csv.Has(v.Column)).ToList();
        if (values.Count == 0)
        {
            throw new InputException($"no flow column in the header (expected e.g. {ValueColumns[2].Column})", path, 1);
        }

        var buffer = new ObservationBuffer(path);
        foreach (var r in CsvRows.Complete(csv))
        {
            var area = r.Text("iso3").Length > 0
                ? areas.ResolveOrThrow(r.Text("iso3"), AreaSchemes.Iso3, path, r.Line, "iso3")
                : areas.ResolveOrThrow(r.Text("country"), AreaSchemes.AbelCohen, path, r.Line, "country");
            var start = r.Year("period_start");
            var period = $"{r.Text("period_start")}-{r.Year("period_end")}";
            foreach (var (column, indicator) in values)
            {
                if (r.NumberOrNull(column) is { } v)
                {
                    buffer.Add(new Observation(indicator, area, period, start, v, "persons per 5-year period"), r.Line, column);
                }
            }
        }

        return new ReadResult(new DatasetInfo("Abel & Cohen (2022), Sci Data 9:173", Vintage, FormatNames.AbelCohen, path), buffer.Observations);
    }
}
