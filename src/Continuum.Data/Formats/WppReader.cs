using Continuum.Data.Areas;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Reads the UN World Population Prospects extracts in <c>data/demography/wpp2019</c> and <c>wpp2024</c>. The file's
/// value columns (by header text) decide the indicators; areas come from the M49 <c>country_code</c>.
/// Dimensions: <c>sex</c> F/M (B → "T"), <c>age_group</c> ("0-4", "100+" → AgeEnd 999) or abridged <c>age_start</c>
/// (0, 1-4, 5-9 … 100+), <c>period</c> ("2010-2015", Year = first year) or <c>year</c>, and <c>variant</c>
/// ("estimate"; "medium" and "median" both become "medium": since WPP 2015 the medium variant is the median of
/// the probabilistic projection). Files without a variant column get Variant "".
/// Source "UN DESA Population Division"; vintage "WPP 2019" or "WPP 2024" from the folder name.
/// </summary>
public static class WppReader
{
    /// <summary>Value columns and their indicator code and unit.</summary>
    public static IReadOnlyList<(string Column, string Indicator, string Unit)> ValueColumns { get; } =
    [
        ("population_thousands", "WPP.POP", "thousands"),
        ("mx", "WPP.MX", "deaths per person-year"),
        ("tfr", "WPP.TFR", "children per woman"),
        ("asfr", "WPP.ASFR", "births per woman per year"),
        ("pasfr_percent", "WPP.PASFR", "percent of TFR"),
        ("e0", "WPP.E0", "years"),
        ("net_migration_thousands", "WPP.NETMIG", "thousands"),
        ("males_per_female_birth", "WPP.SRB", "males per female birth"),
        ("births_thousands", "WPP.BIRTHS", "thousands"),
        ("deaths_thousands", "WPP.DEATHS", "thousands"),
    ];

    /// <summary>Reads <paramref name="path"/> with the shipped area table.</summary>
    public static ReadResult Read(string path) => Read(path, AreaRegistry.LoadDefault());

    /// <summary>Reads <paramref name="path"/>, resolving areas with <paramref name="areas"/>.</summary>
    public static ReadResult Read(string path, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var vintage = Vintage(path);
        var csv = CsvFile.Read(path);
        csv.RequireColumns("country_code");
        var values = ValueColumns.Where(v => csv.Has(v.Column)).ToList();
        if (values.Count == 0)
        {
            throw new InputException(
                $"no WPP value column in the header (expected one of {string.Join(", ", ValueColumns.Select(v => v.Column))})", path, 1);
        }

        if (!csv.Has("period") && !csv.Has("year"))
        {
            throw new InputException("the header has neither 'period' nor 'year'", path, 1, "period");
        }

        var buffer = new ObservationBuffer(path);
        foreach (var r in CsvRows.Complete(csv))
        {
            ReadRecord(r, csv, areas, values, buffer);
        }

        return new ReadResult(new DatasetInfo("UN DESA Population Division", vintage, FormatNames.Wpp, path), buffer.Observations);
    }

    private static void ReadRecord(CsvRecord r, CsvFile csv, AreaRegistry areas, List<(string Column, string Indicator, string Unit)> values, ObservationBuffer buffer)
    {
        var area = areas.ResolveOrThrow(r.Text("country_code"), AreaSchemes.M49, csv.Path, r.Line, "country_code");
        var (period, year) = csv.Has("period") ? (r.Text("period"), PeriodStart(r, csv)) : (r.Text("year"), r.Year("year"));
        var sex = csv.Has("sex") ? Sex(r) : "T";
        var (ageStart, ageEnd) = Ages(r, csv);
        var variant = csv.Has("variant") ? Variant(r) : string.Empty;
        foreach (var (column, indicator, unit) in values)
        {
            var value = r.NumberOrNull(column);
            if (value is { } v)
            {
                buffer.Add(new Observation(indicator, area, period, year, v, unit, sex, ageStart, ageEnd, Variant: variant), r.Line, column);
            }
        }
    }

    private static int PeriodStart(CsvRecord r, CsvFile csv)
    {
        if (csv.Has("period_start"))
        {
            return r.Year("period_start");
        }

        var p = r.Text("period");
        var dash = p.IndexOf('-', StringComparison.Ordinal);
        return dash == 4 && int.TryParse(p.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2999
            ? y
            : throw r.Error($"'{p}' is not a period like 2010-2015", "period");
    }

    private static string Sex(CsvRecord r) => r.Text("sex") switch
    {
        "F" => "F",
        "M" => "M",
        "B" or "T" => "T",
        var s => throw r.Error($"'{s}' is not a sex (F, M or B)", "sex"),
    };

    private static string Variant(CsvRecord r) => r.Text("variant") switch
    {
        "estimate" => "estimate",
        "medium" or "median" => "medium",
        var s => throw r.Error($"'{s}' is not a WPP variant (estimate, medium, median)", "variant"),
    };

    private static (int Start, int End) Ages(CsvRecord r, CsvFile csv)
    {
        if (csv.Has("age_group"))
        {
            return AgeGroup.Parse(r.Text("age_group")) ?? throw r.Error($"'{r.Text("age_group")}' is not an age group like 15-19 or 100+", "age_group");
        }

        if (!csv.Has("age_start"))
        {
            return (-1, -1);
        }

        // Abridged life-table ages: 0, 1-4, then 5-year groups to the open 100+.
        var a = r.Integer("age_start");
        return a switch
        {
            0 => (0, 0),
            1 => (1, 4),
            >= 100 => (a, 999),
            > 0 when a % 5 == 0 => (a, a + 4),
            _ => throw r.Error($"'{a}' is not an abridged age (0, 1, 5, 10, …, 100)", "age_start"),
        };
    }

    private static string Vintage(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        return full.Contains("wpp2024", StringComparison.OrdinalIgnoreCase) ? "WPP 2024"
            : full.Contains("wpp2019", StringComparison.OrdinalIgnoreCase) ? "WPP 2019"
            : throw new InputException("cannot tell the WPP revision: the file must sit in a folder named wpp2019 or wpp2024", path);
    }
}
