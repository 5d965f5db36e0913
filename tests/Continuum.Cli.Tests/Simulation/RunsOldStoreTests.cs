using Continuum.Data.Store;

namespace Continuum.Cli.Tests.Simulation;

/// <summary>A store written before run indicators were stored: listed, but refused by <c>runs compare</c> with the reason.</summary>
[Collection(RunsCompareFixture.Collection)]
public sealed class RunsOldStoreTests(RunsCompareFixture runs)
{
    [Fact]
    public void RunsCompare_RunSavedBeforeIndicators_ExitsOneSayingWhy()
    {
        var old = Path.Combine(runs.Dir, "old-" + Guid.NewGuid().ToString("N") + ".duckdb");
        File.Copy(runs.Store, old);
        using (var store = ContinuumStore.Open(old))
        {
            store.Execute("DROP TABLE run_indicators");
        }

        var list = ContinuumCli.Run("runs", "list", "--store", old, "--format", "csv");
        var compare = ContinuumCli.Run("runs", "compare", runs.Seed42, runs.Seed43, "--store", old);

        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains($"{runs.Seed42},", list.Out, StringComparison.Ordinal);
        Assert.All(ContinuumCli.CsvRows(list.Out).Skip(1), r => Assert.Equal("no", r[^1]));
        Assert.Equal(1, compare.ExitCode);
        Assert.Contains(runs.Seed42, compare.Error, StringComparison.Ordinal);
        Assert.Contains("saved before", compare.Error, StringComparison.Ordinal);
    }
}
