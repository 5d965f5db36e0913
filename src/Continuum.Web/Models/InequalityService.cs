using System.Text;
using Continuum.Data.Households;
using Continuum.Data.IO;
using Continuum.Models.Inequality;
using Continuum.Web.Api;
using Continuum.Web.Storage;

namespace Continuum.Web.Models;

/// <summary>
/// The Gini decomposition by income source (docs/models/inequality.md) for the web, composed as
/// <c>continuum model inequality</c> composes it: a household file read by <see cref="HouseholdIncomeFile"/> (the
/// same checks, errors naming the line and column), either a shipped example or an uploaded CSV.
/// </summary>
public sealed class InequalityService(ResponseCache cache)
{
    private const string TotalRow = "total";

    /// <summary>The table's columns: those of <c>continuum model inequality --format csv</c>.</summary>
    public static readonly IReadOnlyList<string> Columns = ["source", "share", "gini", "gini_correlation", "contribution", "marginal_effect"];

    private readonly Lazy<IReadOnlyList<string>> _examples = new(() => Directory.EnumerateFiles(DataPaths.Shipped("examples"), "households-*.csv")
        .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList());

    /// <summary>The shipped household examples (<c>data/examples/households-*.csv</c>), by name without extension.</summary>
    public IReadOnlyList<string> Examples => _examples.Value;

    /// <summary>Decomposes the shipped example <paramref name="example"/> (answers are cached).</summary>
    public byte[] ExampleJson(string? example)
    {
        var name = QueryArgs.Text(example, "example") ?? Examples.FirstOrDefault() ?? "households-synthetic";
        if (!Examples.Contains(name, StringComparer.Ordinal))
        {
            throw new InputException($"unknown example '{QueryArgs.Clip(name)}'; use one of {string.Join(", ", Examples)} or upload a CSV", field: "example");
        }

        return cache.GetOrAdd("inequality|" + name, () =>
        {
            var file = name + ".csv";
            var text = File.ReadAllText(DataPaths.Shipped("examples", file), Encoding.UTF8);
            return ApiResults.ToJson(Run(HouseholdIncomeFile.Parse(file, text), file));
        });
    }

    /// <summary>
    /// Decomposes an uploaded household CSV. An error in the file is an <see cref="InputException"/> whose message is
    /// the command line's (<c>upload:3: field 'farm': -3 is outside the allowed range [0, ∞)</c>) and whose field is the column.
    /// </summary>
    public static byte[] UploadJson(string csv)
    {
        var incomes = ModelUpload.Parse(name => HouseholdIncomeFile.Parse(name, csv));
        return ApiResults.ToJson(Run(incomes, ModelUpload.Name));
    }

    /// <summary>The decomposition of <paramref name="incomes"/>, the table of the command and the Lorenz curves.</summary>
    public static ModelResult Run(HouseholdIncomes incomes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(incomes);
        var result = GiniDecomposition.Of(incomes);
        var rows = result.Sources.Select(s => (IReadOnlyList<object?>)[s.Source, s.Share, s.Gini, s.GiniCorrelation, s.Contribution, s.MarginalEffect])
            .Append([TotalRow, 1.0, result.TotalGini, 1.0, result.Sources.Sum(s => s.Contribution), 0.0]).ToList();
        ModelValue[] summary =
        [
            new("gini", "Gini of total income", result.TotalGini, "0–1"),
            new("households", "households", incomes.Count, incomes.IsWeighted ? "rows (weighted)" : "rows"),
        ];
        var total = LorenzCurve.Of(incomes.Total, incomes.Weights, 100);
        var lines = new List<ModelLine> { ModelLine.Of("total income", total.PopulationShare, total.IncomeShare) };
        for (var k = 0; k < incomes.SourceNames.Count; k++)
        {
            var own = LorenzCurve.Of(incomes.Source(k), incomes.Weights, 100);
            lines.Add(ModelLine.Of(incomes.SourceNames[k] + " (own Lorenz curve)", own.PopulationShare, own.IncomeShare, dashed: true));
        }

        lines.Add(ModelLine.Of("equality", [0, 1], [0, 1], dashed: true));
        ModelChart[] charts = [new("lorenz", "Lorenz curves", "cumulative share of households", "cumulative share of income", lines)];
        return new ModelResult("inequality", $"Gini decomposition by income source of {fileName} (Lerman–Yitzhaki; Stark–Taylor–Yitzhaki marginal effect)",
            summary, new ModelTable(Columns, rows), charts);
    }
}
