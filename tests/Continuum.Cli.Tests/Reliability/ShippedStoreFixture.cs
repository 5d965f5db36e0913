using System.Globalization;
using Continuum.Data.Store;

namespace Continuum.Cli.Tests.Reliability;

/// <summary>
/// A store with the shipped data imported once (by <c>data list</c>), copied for each test that changes a store, and
/// the checks every reliability test makes of a store afterwards.
/// </summary>
public sealed class ShippedStoreFixture : IDisposable
{
    public ShippedStoreFixture()
    {
        Folder = Directory.CreateTempSubdirectory("continuum-reliability-").FullName;
        BaseStore = Path.Combine(Folder, "base.duckdb");
        var first = ContinuumCli.Run("data", "list", "--store", BaseStore);
        Assert.True(first.ExitCode == 0, first.Error);
        var runs = ContinuumCli.Run("runs", "list", "--store", BaseStore);
        Assert.True(runs.ExitCode == 0, runs.Error);
    }

    public string Folder { get; }

    public string BaseStore { get; }

    /// <summary>A fresh copy of the shipped store, at a new path in the fixture's folder.</summary>
    public string Copy()
    {
        var path = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".duckdb");
        File.Copy(BaseStore, path);
        return path;
    }

    /// <summary>Datasets, observations and runs in <paramref name="path"/>, opened read-only; fails when a dataset or run is partial.</summary>
    internal static StoreCounts Counts(string path)
    {
        using var store = ContinuumStore.Open(path, StoreAccess.ReadOnly);
        long Count(string sql) => Convert.ToInt64(store.Scalar(sql), CultureInfo.InvariantCulture);
        Assert.Equal(0, Count("""
            SELECT count(*) FROM datasets d
            WHERE d.observations <> (SELECT count(*) FROM points p JOIN series s ON s.series_id = p.series_id WHERE s.dataset_id = d.dataset_id)
            """));
        Assert.Equal(0, Count("SELECT count(*) FROM series s WHERE s.dataset_id NOT IN (SELECT dataset_id FROM datasets)"));
        Assert.Equal(0, Count("""
            SELECT count(*) FROM (SELECT run_id FROM run_results UNION SELECT run_id FROM run_corridors UNION SELECT run_id FROM run_indicators)
            WHERE run_id NOT IN (SELECT run_id FROM runs)
            """));
        Assert.Equal(0, Count("SELECT count(*) FROM runs WHERE run_id NOT IN (SELECT run_id FROM run_results)"));
        return new StoreCounts(Count("SELECT count(*) FROM datasets"), store.ObservationCount(), Count("SELECT count(*) FROM runs"));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>What a store holds.</summary>
internal sealed record StoreCounts(long Datasets, long Observations, long Runs);

[CollectionDefinition(Name)]
public sealed class ReliabilityCollection : ICollectionFixture<ShippedStoreFixture>
{
    public const string Name = "reliability";
}
