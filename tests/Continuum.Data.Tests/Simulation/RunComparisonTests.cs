using Continuum.Data.Simulation;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Simulation;

/// <summary>Comparing two stored runs: exact zero against itself, paired or Welch chosen by seed and replicates, clear errors.</summary>
public sealed class RunComparisonTests(RunStoreFixture runs) : IClassFixture<RunStoreFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("continuum-runcomparison-").FullName;

    [Fact]
    public void Compare_RunWithItself_ExactlyZeroDifferenceAndBand()
    {
        using var store = ContinuumStore.Open(Path.Combine(_dir, "s.duckdb"));
        var rs = new RunStore(store);
        var id = rs.Save(runs.Seed42);

        var result = RunComparison.Compare(rs, id, id);

        Assert.Equal(RunComparisonMethod.PairedT, result.Method);
        Assert.NotEmpty(result.Rows);
        Assert.All(result.Rows.Where(r => double.IsFinite(r.A)), r => Assert.True(r.Difference == 0 && r.Lower == 0 && r.Upper == 0 && r.A == r.B));
        Assert.Contains("paired t", result.Title, StringComparison.Ordinal);
        Assert.Contains(id, result.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SameSeedAndReplicates_PairedWithTheSameRowsAsTheStoredValues()
    {
        using var store = ContinuumStore.Open(Path.Combine(_dir, "s.duckdb"));
        var rs = new RunStore(store);
        var a = rs.Save(runs.Seed42);
        var b = rs.Save(runs.Seed42);

        var result = RunComparison.Compare(rs, a, b);

        Assert.Equal(RunComparisonMethod.PairedT, result.Method);
        var row = result.Rows.Single(r => r.Indicator == "population" && r.Area == "MDA" && r.Year == 2012);
        var stored = rs.Indicators(a)!;
        Assert.Equal((stored.Value("population", 0, 2, 0) + stored.Value("population", 1, 2, 0)) / 2, row.A, 9);
    }

    [Fact]
    public void Compare_DifferentSeeds_WelchBandAroundTheDifference()
    {
        using var store = ContinuumStore.Open(Path.Combine(_dir, "s.duckdb"));
        var rs = new RunStore(store);
        var a = rs.Save(runs.Seed42);
        var b = rs.Save(runs.Seed43);

        var result = RunComparison.Compare(rs, a, b);

        Assert.Equal(RunComparisonMethod.WelchT, result.Method);
        Assert.Contains("Welch", result.Title, StringComparison.Ordinal);
        var row = result.Rows.Single(r => r.Indicator == "population" && r.Area == "MDA" && r.Year == 2012);
        Assert.NotEqual(0, row.Difference);
        Assert.True(row.Lower <= row.Difference && row.Difference <= row.Upper);
    }

    [Fact]
    public void Compare_DifferentYears_FailsNamingBothRuns()
    {
        using var store = ContinuumStore.Open(Path.Combine(_dir, "s.duckdb"));
        var rs = new RunStore(store);
        var a = rs.Save(runs.Seed42);
        var b = rs.Save(runs.Seed43);
        store.Execute("UPDATE runs SET horizon = 2013 WHERE run_id = $1", b);

        var ex = Assert.Throws<InputException>(() => RunComparison.Compare(rs, a, b));

        Assert.Contains(a, ex.Message, StringComparison.Ordinal);
        Assert.Contains(b, ex.Message, StringComparison.Ordinal);
        Assert.Contains("years differ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DifferentAreas_FailsNamingBothRuns()
    {
        using var store = ContinuumStore.Open(Path.Combine(_dir, "s.duckdb"));
        var rs = new RunStore(store);
        var a = rs.Save(runs.Seed42);
        var b = rs.Save(runs.Seed43);
        store.Execute("UPDATE runs SET countries = 'CAN,PHL,ROW' WHERE run_id = $1", b);

        var ex = Assert.Throws<InputException>(() => RunComparison.Compare(rs, b, a));

        Assert.Contains(a, ex.Message, StringComparison.Ordinal);
        Assert.Contains("areas differ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_UnknownRun_FailsNamingIt()
    {
        using var store = ContinuumStore.Open(Path.Combine(_dir, "s.duckdb"));
        var rs = new RunStore(store);
        var a = rs.Save(runs.Seed42);

        var ex = Assert.Throws<InputException>(() => RunComparison.Compare(rs, a, "0123456789ab"));

        Assert.Contains("0123456789ab", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
