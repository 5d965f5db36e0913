using System.Globalization;

namespace Continuum.Cli.Tests.AnalyticModels;

public sealed class ReturnsCommandTests
{
    [Fact]
    public void Returns_ShippedCaribbeanNurse_ReportsThreeNpvsAndPremiums()
    {
        var (code, output, error) = ContinuumCli.Run("model", "returns", "--format", "csv");
        Assert.True(code == 0, error);
        var rows = ContinuumCli.CsvRows(output);
        Assert.Equal("measure,party,value,unit", string.Join(',', rows[0]));
        var npvs = rows.Where(r => r[0] == "npv").Select(r => r[1]).ToArray();
        Assert.Equal(["private", "origin_social", "host_social"], npvs);
        var nominal = double.Parse(rows.Single(r => r[0] == "place_premium_nominal")[2], CultureInfo.InvariantCulture);
        Assert.Equal(73_000.0 / 15_000, nominal, 10);
    }

    [Fact]
    public void Returns_OutOfRangeParameter_FailsNamingFileLineAndField()
    {
        var shipped = File.ReadAllLines(Path.Combine(ContinuumCli.RepositoryRoot(), "data", "parameters", "caribbean-nurse.csv"));
        var line = Array.FindIndex(shipped, l => l.StartsWith("remittance_share,", StringComparison.Ordinal));
        shipped[line] = "remittance_share,1.5,share,test";
        var path = Path.Combine(Path.GetTempPath(), $"params-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, shipped);
        var (code, _, error) = ContinuumCli.Run("model", "returns", "--params", path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}:{line + 1}", error, StringComparison.Ordinal);
        Assert.Contains("'remittance_share'", error, StringComparison.Ordinal);
        Assert.Contains("[0, 1]", error, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void Returns_HigherRemittanceShare_RaisesOriginSocialNpv()
    {
        double Origin(string share)
        {
            var (code, output, error) = ContinuumCli.Run("model", "returns", "--format", "csv", "--remittance-share", share);
            Assert.True(code == 0, error);
            var row = ContinuumCli.CsvRows(output).Single(r => r[0] == "npv" && r[1] == "origin_social");
            return double.Parse(row[2], CultureInfo.InvariantCulture);
        }

        Assert.True(Origin("0.3") > Origin("0.1"));
    }

    [Fact]
    public void Returns_ReturnProbabilityAboveOne_IsBadUsage()
    {
        var (code, _, _) = ContinuumCli.Run("model", "returns", "--return-probability", "1.5");
        Assert.Equal(2, code);
    }

    [Fact]
    public void Returns_DefaultTableFormat_PrintsTheThreeParties()
    {
        var (code, output, error) = ContinuumCli.Run("model", "returns");
        Assert.True(code == 0, error);
        Assert.Contains("origin_social", output, StringComparison.Ordinal);
        Assert.Contains("host_social", output, StringComparison.Ordinal);
        Assert.Contains("place_premium_ppp", output, StringComparison.Ordinal);
    }
}
