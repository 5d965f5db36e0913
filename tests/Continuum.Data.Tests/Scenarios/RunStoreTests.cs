using Continuum.Data.Scenarios;
using Continuum.Data.Simulation;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Scenarios;

/// <summary>Runs in the store: saved whole with their effective scenario, listed, exported byte-identically; a cancelled run stores nothing.</summary>
public sealed class RunStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("continuum-runstore-").FullName;

    [Fact]
    public void Save_SmallRun_ListedWithMetadataAndExportedIdentically()
    {
        var scenario = ScenarioFiles.Shipped("small.toml") with { HorizonYear = 2012 };
        var run = ScenarioRun.Execute(scenario, 2, cancellationToken: TestContext.Current.CancellationToken);
        using var store = ContinuumStore.Open(Path.Combine(_dir, "store.duckdb"));
        var runs = new RunStore(store);
        var a = runs.Save(run);
        var b = runs.Save(run);
        var info = runs.Get(a);
        Assert.Equal(ScenarioToml.Hash(scenario), info.ScenarioHash);
        Assert.Equal(ScenarioToml.Write(scenario), info.ScenarioToml);
        Assert.Equal(scenario, ScenarioToml.Parse(info.ScenarioToml!, "stored"));
        Assert.Equal(string.Empty, info.Levers);
        Assert.Equal(42UL, info.Seed);
        Assert.Contains("population=wpp2019", info.DataVintages, StringComparison.Ordinal);
        Assert.Equal(2, runs.List().Count);
        runs.Export(a, "results", "csv", Path.Combine(_dir, "a.csv"));
        runs.Export(b, "results", "csv", Path.Combine(_dir, "b.csv"));
        runs.Export(a, "corridors", "parquet", Path.Combine(_dir, "a.parquet"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "a.csv")), File.ReadAllBytes(Path.Combine(_dir, "b.csv")));
        Assert.True(new FileInfo(Path.Combine(_dir, "a.parquet")).Length > 0);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Execute_Cancelled_NothingStored()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => ScenarioRun.Execute(ScenarioFiles.Shipped("small.toml"), 1, cancellationToken: cts.Token));
        using var store = ContinuumStore.Open(Path.Combine(_dir, "store.duckdb"));
        Assert.Empty(new RunStore(store).List());
    }

    [Fact]
    public void Get_UnknownRun_FailsNamingTheId()
    {
        using var store = ContinuumStore.Open(Path.Combine(_dir, "store.duckdb"));
        var ex = Assert.Throws<InputException>(() => new RunStore(store).Get("0123456789ab"));
        Assert.Contains("0123456789ab", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
