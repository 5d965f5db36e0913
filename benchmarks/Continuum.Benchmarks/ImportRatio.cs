using System.Diagnostics;
using System.Globalization;
using Continuum.Data.Catalog;
using Continuum.Data.Formats;
using Continuum.Data.Store;

namespace Continuum.Benchmarks;

/// <summary>
/// <c>import-ratio FILE [ROUNDS]</c>: a quick check of the import goal outside BenchmarkDotNet. Each round times
/// DuckDB's <c>read_csv</c> of the file and then <c>continuum data import</c> of it, each into a fresh store, back to
/// back (so both see the same machine load), and prints the best of the rounds and their ratio (goal: at most 1.5).
/// </summary>
internal static class ImportRatio
{
    /// <summary>Runs the rounds and writes one line per round and a summary to standard output.</summary>
    public static void Run(string file, int rounds)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"{file}: no such file (make one with generate-wdi {file} 200)");
            return;
        }

        var dir = Directory.CreateTempSubdirectory("continuum-import-ratio-").FullName;
        try
        {
            var best = (ReadCsv: double.MaxValue, Import: double.MaxValue);
            for (var round = 1; round <= rounds; round++)
            {
                var readCsv = Time(dir, store => store.Execute($"CREATE TABLE raw AS SELECT * FROM read_csv('{file}')"));
                var import = Time(dir, store => new Importer(store, FormatDetector.Detect, (_, f) => throw new InvalidOperationException(f))
                    .Import(new ImportRequest(file, "wdi-api-csv", "WDI benchmark")));
                best = (Math.Min(best.ReadCsv, readCsv), Math.Min(best.Import, import));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: read_csv {readCsv:0.00} s, import {import:0.00} s, ratio {import / readCsv:0.00}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"best of {rounds}: read_csv {best.ReadCsv:0.00} s, import {best.Import:0.00} s, ratio {best.Import / best.ReadCsv:0.00} (goal <= 1.5)"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double Time(string dir, Action<ContinuumStore> work)
    {
        var path = Path.Combine(dir, "store-" + Guid.NewGuid().ToString("N") + ".duckdb");
        using (var store = ContinuumStore.Open(path))
        {
            ShippedData.EnsureReferenceTables(store);
            var watch = Stopwatch.StartNew();
            work(store);
            watch.Stop();
            File.Delete(path);
            return watch.Elapsed.TotalSeconds;
        }
    }
}
