using System.Globalization;
using System.Text.Json;

namespace Continuum.Cli.Tests.AnalyticModels;

public sealed class InequalityCommandTests
{
    private static readonly string Example = Path.Combine("data", "examples", "households-synthetic.csv");

    [Fact]
    public void Inequality_SyntheticExampleCsv_HasInterfaceColumnsAndTotalRow()
    {
        var (code, output, error) = ContinuumCli.Run("model", "inequality", "--input", Example, "--format", "csv");
        Assert.True(code == 0, error);
        var rows = ContinuumCli.CsvRows(output);
        Assert.Equal("source,share,gini,gini_correlation,contribution,marginal_effect", string.Join(',', rows[0]));
        Assert.Equal(["wages", "farm", "remittances", "total"], rows.Skip(1).Select(r => r[0]));
        // models.md §4.3: G = 0.253181 and the remittances elasticity +0.124055 (tolerance 1e-6).
        Assert.Equal(0.253181, double.Parse(rows[4][2], CultureInfo.InvariantCulture), 6);
        Assert.Equal(0.124055, double.Parse(rows[3][5], CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void Inequality_WeightedJson_ReturnsNumbersPerSource()
    {
        var file = TempCsv("household_id,weight,wages,remittances\na,2,10,0\nb,1,20,5\nc,1,20,0\n");
        var (code, output, error) = ContinuumCli.Run("model", "inequality", "--input", file, "--format", "json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var total = json.RootElement.EnumerateArray().Last();
        Assert.Equal("total", total.GetProperty("source").GetString());
        // Replicating household a twice gives incomes 10, 10, 25, 20: Σ_i Σ_j |y_i − y_j| = 110, so G = 110/(2·4²·16.25).
        Assert.Equal(110.0 / (2 * 16 * 16.25), total.GetProperty("gini").GetDouble(), 12);
    }

    [Fact]
    public void Inequality_NegativeIncome_FailsNamingFileLineAndField()
    {
        var file = TempCsv("household_id,wages,farm\n1,10,5\n2,20,-3\n");
        var (code, _, error) = ContinuumCli.Run("model", "inequality", "--input", file);
        Assert.Equal(1, code);
        Assert.Contains(file + ":3", error, StringComparison.Ordinal);
        Assert.Contains("'farm'", error, StringComparison.Ordinal);
        Assert.Contains("[0, ∞)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inequality_WithoutInput_IsBadUsage()
    {
        var (code, _, error) = ContinuumCli.Run("model", "inequality");
        Assert.Equal(2, code);
        Assert.Contains("--input", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inequality_Chart_WritesPng()
    {
        var png = Path.Combine(Path.GetTempPath(), $"lorenz-{Guid.NewGuid():N}.png");
        var (code, _, error) = ContinuumCli.Run("model", "inequality", "--input", Example, "--chart", png, "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4));
        File.Delete(png);
    }

    internal static string TempCsv(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"households-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
