using BenchmarkDotNet.Attributes;
using Continuum.Data.Catalog;
using Continuum.Data.Formats;
using Continuum.Data.Store;

namespace Continuum.Benchmarks;

/// <summary>
/// Importing a ~200 MB WDI bulk CSV into the store, against DuckDB's own <c>read_csv</c> of the same file into a
/// table in the same process (the goal: import within 1.5× of the baseline). The file is generated in the temp
/// folder by <see cref="WdiBulkFile"/> and never committed.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class ImportBenchmarks
{
    private string _dir = string.Empty;
    private string _file = string.Empty;
    private ContinuumStore? _store;

    /// <summary>Target size of the generated file, in MB.</summary>
    [Params(200)]
    public int SizeMb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "continuum-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _file = WdiBulkFile.Generate(Path.Combine(_dir, "WDICSV.csv"), SizeMb * 1_000_000L).Path;
    }

    [IterationSetup]
    public void FreshStore()
    {
        _store?.Dispose();
        var path = Path.Combine(_dir, "store-" + Guid.NewGuid().ToString("N") + ".duckdb");
        _store = ContinuumStore.Open(path);
        ShippedData.EnsureReferenceTables(_store);
    }

    [Benchmark(Baseline = true, Description = "DuckDB read_csv into a table")]
    public long DuckDbReadCsv()
    {
        _store!.Execute($"CREATE TABLE raw AS SELECT * FROM read_csv('{_file}')");
        return Convert.ToInt64(_store.Scalar("SELECT count(*) FROM raw"), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark(Description = "continuum data import (checked, unpivoted, committed)")]
    public long ContinuumImport()
    {
        var importer = new Importer(_store!, FormatDetector.Detect, (_, f) => throw new InvalidOperationException(f));
        return importer.Import(new ImportRequest(_file, "wdi-api-csv", "WDI benchmark")).Added;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
