using System.Globalization;

namespace Continuum.Cli.Tests.Comparison;

public sealed class CompareCommandTests
{
    [Fact]
    public void Compare_ScenarioWithItself_GivesExactlyZeroDifferenceAndBand()
    {
        var run = ContinuumCli.Run("compare", "scenarios/small.toml", "scenarios/small.toml", "--replicates", "2", "--no-store", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        var rows = ContinuumCli.CsvRows(run.Out);
        Assert.Equal(["year", "area", "indicator", "a", "b", "difference", "lower", "upper", "unit"], rows[0]);
        Assert.True(rows.Length > 10);
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(row[3], row[4]);
            foreach (var column in new[] { 5, 6, 7 })
            {
                Assert.Equal(0.0, double.Parse(row[column], CultureInfo.InvariantCulture));
            }
        }

        string[] required = ["real_gdp", "gdp_per_capita", "unemployment_rate", "remittances_received", "tertiary_share_residents"];
        Assert.Subset(rows.Skip(1).Select(r => r[2]).ToHashSet(), required.ToHashSet());
    }

    [Fact]
    public void Compare_UnknownScenarioFile_ExitsOneNamingIt()
    {
        var run = ContinuumCli.Run("compare", "scenarios/small.toml", "scenarios/no-such.toml", "--no-store");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such.toml", run.Error, StringComparison.Ordinal);
    }
}
