namespace Continuum.Cli.Tests.Simulation;

[Collection(RunsCompareFixture.Collection)]
public sealed class RunsExportIndicatorsTests(RunsCompareFixture runs)
{
    [Fact]
    public void RunsExport_IndicatorsTable_WritesEveryStoredIndicatorRow()
    {
        var csv = Path.Combine(runs.Dir, "indicators.csv");

        var result = ContinuumCli.Run("runs", "export", runs.Seed42, "--table", "indicators", "--store", runs.Store, "--out", csv);

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = ContinuumCli.CsvRows(File.ReadAllText(csv));
        Assert.Equal(["replicate", "year", "area", "indicator", "value", "unit"], rows[0]);
        // 2 replicates × 4 years (2010–2013) × 3 areas (MDA, ROU, ROW) × 10 indicators.
        Assert.Equal(2 * 4 * 3 * 10, rows.Length - 1);
        Assert.Contains(rows, r => r[0] == "1" && r[1] == "2013" && r[2] == "ROU" && r[3] == "tertiary_share_residents");
    }
}
