using Continuum.Data.IO;
using Continuum.Models.Inequality;

namespace Continuum.Data.Households;

/// <summary>
/// Reads household income microdata: a CSV with a <c>household_id</c> column, an optional <c>weight</c> column,
/// and one numeric column per income source (every other column, in file order). Incomes must be ≥ 0, weights
/// &gt; 0, ids unique; every error names the file, line and field. Nothing is clipped or dropped.
/// </summary>
public static class HouseholdIncomeFile
{
    /// <summary>The household id column.</summary>
    public const string IdColumn = "household_id";

    /// <summary>The optional weight column.</summary>
    public const string WeightColumn = "weight";

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static HouseholdIncomes Read(string path) => FromCsv(CsvFile.Read(path));

    /// <summary>Parses CSV <paramref name="text"/>; <paramref name="path"/> names it in errors.</summary>
    public static HouseholdIncomes Parse(string path, string text) => FromCsv(CsvFile.Parse(path, text));

    private static HouseholdIncomes FromCsv(CsvFile csv)
    {
        csv.RequireColumns(IdColumn);
        var names = SourceColumns(csv);
        if (csv.Records.Count == 0)
        {
            throw new InputException("the file has no households", csv.Path, 2, IdColumn);
        }

        var weighted = csv.Has(WeightColumn);
        var n = csv.Records.Count;
        var sources = names.Select(_ => new double[n]).ToArray();
        var weights = weighted ? new double[n] : null;
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var record = csv.Records[i];
            CheckId(record, seen);
            if (weights is not null)
            {
                weights[i] = Checked(record, WeightColumn, positive: true);
            }

            for (var k = 0; k < names.Length; k++)
            {
                sources[k][i] = Checked(record, names[k], positive: false);
            }
        }

        if (sources.Sum(s => s.Sum()) <= 0)
        {
            throw new InputException("total income of all households is 0; the Gini is undefined", csv.Path, field: string.Join(",", names));
        }

        return new HouseholdIncomes(names, sources, weights);
    }

    private static string[] SourceColumns(CsvFile csv)
    {
        var names = csv.Header.Where(h => h != IdColumn && h != WeightColumn).ToArray();
        if (names.Length == 0)
        {
            throw new InputException("the header has no income source column (expected household_id, optional weight, then one column per source)", csv.Path, 1);
        }

        var duplicate = names.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1 || g.Key.Length == 0);
        if (duplicate is not null)
        {
            throw new InputException(duplicate.Key.Length == 0 ? "a column has an empty name" : "the column appears twice", csv.Path, 1, duplicate.Key);
        }

        return names;
    }

    private static void CheckId(CsvRecord record, Dictionary<string, long> seen)
    {
        var id = record.Text(IdColumn);
        if (id.Length == 0)
        {
            throw record.Error("the household id is empty", IdColumn);
        }

        if (!seen.TryAdd(id, record.Line))
        {
            throw record.Error($"household '{id}' already appears on line {seen[id]}", IdColumn);
        }
    }

    private static double Checked(CsvRecord record, string column, bool positive)
    {
        var value = record.Number(column);
        if (positive ? value <= 0 : value < 0)
        {
            var range = positive ? "(0, ∞)" : "[0, ∞)";
            throw record.Error($"{record.Text(column)} is outside the allowed range {range}", column);
        }

        return value;
    }
}
