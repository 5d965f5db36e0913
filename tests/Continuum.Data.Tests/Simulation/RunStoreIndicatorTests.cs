using System.Globalization;
using Continuum.Core.Development;
using Continuum.Data.Simulation;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Simulation;

/// <summary>The development indicators saved with a run: whole, in the run's transaction, and absent from old stores.</summary>
public sealed class RunStoreIndicatorTests(RunStoreFixture runs) : IClassFixture<RunStoreFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("continuum-runindicators-").FullName;

    private string StorePath => Path.Combine(_dir, "store.duckdb");

    [Fact]
    public void Save_SmallRun_StoresEveryIndicatorOfEveryReplicateYearAndArea()
    {
        using var store = ContinuumStore.Open(StorePath);
        var id = new RunStore(store).Save(runs.Seed42);

        var stored = new RunStore(store).Indicators(id)!;

        var run = runs.Seed42;
        Assert.Equal(2, stored.Replicates);
        Assert.Equal(run.Inputs.Dimensions.Countries, stored.Countries);
        Assert.Equal(IndicatorDefinition.All.Select(i => i.Code), stored.Codes);
        Assert.Equal(IndicatorDefinition.All.Count * 2 * 3 * run.Inputs.Dimensions.CountryCount, Count(store, "run_indicators"));
        var expected = RunIndicators.Compute(run.Replicates[1], run.Replicates[1].Development!, run.Inputs.Development!);
        var gdp = IndicatorDefinition.IndexOf("real_gdp");
        Assert.Equal(expected.Value(gdp, 2, 0), stored.Value("real_gdp", 1, 2, 0));
        Assert.True(stored.Value("real_gdp", 1, 2, 0) > 0);
        Assert.Equal("million 2017 US$", stored.Unit("real_gdp"));
        Assert.True(new RunStore(store).HasIndicators(id));
    }

    [Fact]
    public void Save_FailureWhileWritingIndicators_LeavesNoTraceOfTheRun()
    {
        using var store = ContinuumStore.Open(StorePath);
        // A table of the wrong shape makes the last step of the save fail, after the run, results and corridors were written.
        store.Execute("CREATE TABLE run_indicators (run_id VARCHAR)");
        var runStore = new RunStore(store);

        Assert.ThrowsAny<Exception>(() => runStore.Save(runs.Seed42));

        Assert.Equal(0, Count(store, "runs"));
        Assert.Equal(0, Count(store, "run_results"));
        Assert.Equal(0, Count(store, "run_corridors"));
        Assert.Empty(runStore.List());
    }

    [Fact]
    public void Open_StoreFromBeforeIndicators_ListsOldRunsAndComparisonSaysWhy()
    {
        using (var old = ContinuumStore.Open(StorePath))
        {
            // The store as an earlier version left it: runs, results and corridors, no run_indicators table.
            new RunStore(old).Save(runs.Seed42);
            old.Execute("DROP TABLE run_indicators");
            Assert.Equal(1, Count(old, "runs"));
        }

        using var store = ContinuumStore.Open(StorePath);
        var reopened = new RunStore(store);
        var oldRun = Assert.Single(reopened.List());
        var newRun = reopened.Save(runs.Seed42);

        Assert.Null(reopened.Indicators(oldRun.RunId));
        Assert.False(reopened.HasIndicators(oldRun.RunId));
        var ex = Assert.Throws<InputException>(() => RunComparison.Compare(reopened, oldRun.RunId, newRun));
        Assert.Contains(oldRun.RunId, ex.Message, StringComparison.Ordinal);
        Assert.Contains("saved before", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static long Count(ContinuumStore store, string table) =>
        Convert.ToInt64(store.Scalar($"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);
}
