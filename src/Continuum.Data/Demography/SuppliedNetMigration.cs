using System.Globalization;
using Continuum.Data.IO;
using Continuum.Models.Projection;

namespace Continuum.Data.Demography;

/// <summary>
/// A user's net migration by period, sex and 5-year age group, read from a CSV with the columns
/// <c>period_start,sex,age_start,net_migration_thousands</c> (thousands of net migrants over the 5-year
/// period, the layout of the shipped <c>wpp2024/net_migration_by_age_sex_projection.csv</c>). If the file
/// has a <c>country_code</c> column, only rows of the projected location are used. A projected period
/// with no rows is an error (never taken as zero silently); missing age groups within a period are zero.
/// </summary>
public sealed class SuppliedNetMigration
{
    private readonly Dictionary<(Sex Sex, int Period), double[]> _groups;
    private readonly string _path;

    private SuppliedNetMigration(string path, Dictionary<(Sex, int), double[]> groups)
    {
        _path = path;
        _groups = groups;
    }

    /// <summary>Reads <paramref name="path"/>, keeping rows of <paramref name="countryCode"/> when the file has that column.</summary>
    public static SuppliedNetMigration Read(string path, int countryCode) => FromCsv(CsvFile.Read(path), countryCode);

    /// <summary>
    /// Parses CSV <paramref name="text"/> (e.g. an upload), keeping rows of <paramref name="countryCode"/> when it has that
    /// column; <paramref name="name"/> stands for the file in every error, including a missing period found later.
    /// </summary>
    public static SuppliedNetMigration Parse(string name, string text, int countryCode) => FromCsv(CsvFile.Parse(name, text), countryCode);

    private static SuppliedNetMigration FromCsv(CsvFile csv, int countryCode)
    {
        csv.RequireColumns("period_start", "sex", "age_start", "net_migration_thousands");
        var byCountry = csv.Has("country_code");
        var groups = new Dictionary<(Sex, int), double[]>();
        foreach (var r in csv.Records)
        {
            if (byCountry && r.Integer("country_code") != countryCode)
            {
                continue;
            }

            var sex = r.Text("sex") switch
            {
                "F" => Sex.Female,
                "M" => Sex.Male,
                var other => throw r.Error($"'{other}' is not a sex (F or M)", "sex"),
            };
            var period = r.Year("period_start");
            var age = r.Integer("age_start");
            if (age is < 0 or > 100 || age % 5 != 0)
            {
                throw r.Error($"age {age} is not the start of a 5-year group 0..100", "age_start");
            }

            if (!groups.TryGetValue((sex, period), out var cells))
            {
                cells = new double[PeriodRates.AgeGroupCount];
                groups[(sex, period)] = cells;
            }

            cells[age / 5] += r.Number("net_migration_thousands") * 1000;
        }

        return new SuppliedNetMigration(csv.Path, groups);
    }

    /// <summary>Net migrants of <paramref name="sex"/> over the period starting in <paramref name="periodStart"/>, persons by group.</summary>
    public double[] Groups(Sex sex, int periodStart) =>
        _groups.TryGetValue((sex, periodStart), out var cells)
            ? cells
            : throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"no rows for sex {(sex == Sex.Female ? "F" : "M")} in the period starting {periodStart}"), _path, field: "period_start");
}
