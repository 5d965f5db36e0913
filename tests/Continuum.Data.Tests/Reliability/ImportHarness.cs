using System.Globalization;
using Continuum.Data.Areas;
using Continuum.Data.Catalog;
using Continuum.Data.Formats;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Reliability;

/// <summary>
/// A store in a temporary folder with the importer wired as the CLI and the server wire it (format readers for
/// everything but the WDI CSVs, which DuckDB stages), so a test sees exactly what a user's import would store.
/// </summary>
internal sealed class ImportHarness : IDisposable
{
    public static readonly ReaderRegistry Readers = new(AreaRegistry.LoadDefault());

    public ImportHarness()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("continuum-reliability-").FullName;
        Store = ContinuumStore.Open(Path.Combine(Directory, "test.duckdb"));
        ShippedData.EnsureReferenceTables(Store);
        Importer = new Importer(Store, FormatDetector.Detect, Readers.Read);
    }

    public string Directory { get; }

    public ContinuumStore Store { get; }

    public Importer Importer { get; }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/> under the temp folder (folders created).</summary>
    public string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Directory, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every row of the store in a stable text form: a failed import must leave it unchanged.</summary>
    public string Snapshot() => string.Join('\n', Store.Query(
        "SELECT (SELECT count(*) FROM datasets) || ':' || (SELECT count(*) FROM series) || ':' || (SELECT count(*) FROM points) || ':' || " +
        "coalesce((SELECT sum(hash(indicator || area || counterpart || period || sex || age_start || variant || vintage || value::VARCHAR)) FROM observations), 0)",
        r => r.GetValue(0)?.ToString() ?? string.Empty));

    /// <summary>The values stored under <paramref name="vintage"/>, keyed by indicator, area, counterpart, period, sex, ages and variant.</summary>
    public Dictionary<string, double> Values(string vintage) => Store.Query(
        "SELECT indicator, area, counterpart, period, sex, age_start, variant, value FROM observations WHERE vintage = $1",
        r => (Key: string.Join('|', Enumerable.Range(0, 7).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))), Value: r.GetDouble(7)),
        vintage).ToDictionary(x => x.Key, x => x.Value);

    public void Dispose()
    {
        Store.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
