using Continuum.Data.IO;
using Continuum.Models.Projection;

namespace Continuum.Data.Demography;

/// <summary>
/// The shipped WPP extracts that a cohort-component projection needs, read once into memory (persons, not
/// thousands): WPP 2019 population by 5-year group (estimates to 2020, medium variant 2025–2100), abridged
/// mx, asfr, sex ratio at birth and total net migration by 5-year period; and the WPP 2024 age–sex pattern
/// of net migration (2020–2100). Files and columns are described in <c>data/demography/README.md</c>.
/// </summary>
public sealed partial class WppDemography
{
    private const double Thousand = 1000;
    private readonly Dictionary<(int Code, Sex Sex, int Year), double[]> _population = [];
    private readonly Dictionary<(int Code, Sex Sex, int Period), double[]> _mx = [];
    private readonly Dictionary<(int Code, int Period), double[]> _asfr = [];
    private readonly Dictionary<(int Code, int Period), double> _sexRatio = [];
    private readonly Dictionary<(int Code, int Period), double> _netMigration = [];
    private readonly Dictionary<(int Code, Sex Sex, int Period), double[]> _migrationPattern = [];

    private WppDemography(WppLocations locations) => Locations = locations;

    /// <summary>The locations file.</summary>
    public WppLocations Locations { get; }

    /// <summary>Reads the shipped files under <c>data/demography</c>.</summary>
    public static WppDemography LoadShipped() => Load(DataPaths.Shipped("demography"));

    /// <summary>Reads the files under <paramref name="demographyFolder"/> (the layout of <c>data/demography</c>).</summary>
    public static WppDemography Load(string demographyFolder)
    {
        string P(params string[] parts) => Path.Combine([demographyFolder, .. parts]);
        var wpp = new WppDemography(WppLocations.Read(P("locations.csv")));
        wpp.ReadPopulation(CsvFile.Read(P("wpp2019", "population_by_age_sex.csv")));
        wpp.ReadMx(CsvFile.Read(P("wpp2019", "mx_by_age_sex.csv")));
        foreach (var r in CsvFile.Read(P("wpp2019", "asfr_by_age.csv")).Records)
        {
            var cells = Cells(wpp._asfr, (r.Integer("country_code"), r.Year("period_start")), PeriodRates.AgeGroupCount);
            cells[GroupIndex(r)] = r.Number("asfr");
        }

        foreach (var r in CsvFile.Read(P("wpp2019", "sex_ratio_at_birth.csv")).Records)
        {
            wpp._sexRatio[(r.Integer("country_code"), r.Year("period_start"))] = r.Number("males_per_female_birth");
        }

        foreach (var r in CsvFile.Read(P("wpp2019", "net_migration.csv")).Records)
        {
            wpp._netMigration[(r.Integer("country_code"), r.Year("period_start"))] = r.Number("net_migration_thousands") * Thousand;
        }

        foreach (var r in CsvFile.Read(P("wpp2024", "net_migration_by_age_sex_projection.csv")).Records)
        {
            var cells = Cells(wpp._migrationPattern, (r.Integer("country_code"), ParseSex(r), r.Year("period_start")), PeriodRates.AgeGroupCount);
            cells[GroupIndex(r)] = r.Number("net_migration_thousands") * Thousand;
        }

        return wpp;
    }

    /// <summary>True when the population of location <paramref name="code"/> in <paramref name="year"/> is shipped.</summary>
    public bool HasPopulation(int code, int year) => _population.ContainsKey((code, Sex.Female, year));

    /// <summary>
    /// Population of <paramref name="sex"/> by 5-year group (21 cells, the last 100+) on 1 July of
    /// <paramref name="year"/>, persons: WPP 2019 estimates to 2020, medium variant after.
    /// </summary>
    public ReadOnlySpan<double> Population(int code, Sex sex, int year) =>
        _population.TryGetValue((code, sex, year), out var cells)
            ? cells
            : throw new InputException($"WPP 2019 has no population for location {code} in {year} (years 1950–2100, every 5 years)", field: "year");

    /// <summary>Both sexes, ages <paramref name="fromAge"/> to <paramref name="toAge"/> inclusive (multiples of 5 apart), persons.</summary>
    public double PopulationInAges(int code, int year, int fromAge, int toAge)
    {
        var sum = 0.0;
        foreach (var sex in (ReadOnlySpan<Sex>)[Sex.Female, Sex.Male])
        {
            var cells = Population(code, sex, year);
            for (var g = fromAge / AgeSplit.GroupWidth; g <= Math.Min(toAge / AgeSplit.GroupWidth, cells.Length - 1); g++)
            {
                sum += cells[g];
            }
        }

        return sum;
    }

    private void ReadPopulation(CsvFile csv)
    {
        foreach (var r in csv.Records)
        {
            var cells = Cells(_population, (r.Integer("country_code"), ParseSex(r), r.Year("year")), PeriodRates.AgeGroupCount);
            cells[GroupIndex(r)] = r.Number("population_thousands") * Thousand;
        }
    }

    private void ReadMx(CsvFile csv)
    {
        foreach (var r in csv.Records)
        {
            var age = r.Integer("age_start");
            var index = age switch { 0 => 0, 1 => 1, _ => (age / 5) + 1 };
            if (index >= Models.LifeTables.LifeTable.AbridgedAgeCount || (age > 1 && age % 5 != 0))
            {
                throw r.Error($"age {age} is not an abridged life-table age (0, 1, 5, …, 100)", "age_start");
            }

            Cells(_mx, (r.Integer("country_code"), ParseSex(r), r.Year("period_start")), Models.LifeTables.LifeTable.AbridgedAgeCount)[index] = r.Number("mx");
        }
    }

    private static double[] Cells<TKey>(Dictionary<TKey, double[]> map, TKey key, int length)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var cells))
        {
            cells = new double[length];
            map[key] = cells;
        }

        return cells;
    }

    private static int GroupIndex(CsvRecord r)
    {
        var age = r.Integer("age_start");
        return age is >= 0 and <= 100 && age % 5 == 0
            ? age / AgeSplit.GroupWidth
            : throw r.Error($"age {age} is not the start of a 5-year group 0..100", "age_start");
    }

    private static Sex ParseSex(CsvRecord r) => r.Text("sex") switch
    {
        "F" => Sex.Female,
        "M" => Sex.Male,
        var other => throw r.Error($"'{other}' is not a sex (F or M)", "sex"),
    };
}
