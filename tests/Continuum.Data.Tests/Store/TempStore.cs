using Continuum.Data.Catalog;
using Continuum.Data.Formats;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Store;

/// <summary>A store in a fresh temporary folder with the area and indicator tables loaded; deleted on dispose.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory = Path.Combine(Path.GetTempPath(), "continuum-test-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Store = ContinuumStore.Open(Path.Combine(Directory, "test.duckdb"));
        ShippedData.EnsureReferenceTables(Store);
        Importer = new Importer(Store, FormatDetector.Detect, (path, format) => throw new InvalidOperationException($"no in-memory reader in this test ({format})"));
    }

    public string Directory { get; }

    public ContinuumStore Store { get; }

    public Importer Importer { get; }

    /// <summary>Writes <paramref name="text"/> to a file in the temp folder and returns its path.</summary>
    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A snapshot of everything the store holds (the view and the tables under it), to prove a failed import changed nothing.</summary>
    public string Snapshot() => string.Join('\n', Store.Query("""
        SELECT count(*), coalesce(sum(hash(indicator || area || period || vintage || value::VARCHAR)), 0) FROM observations
        UNION ALL SELECT count(*), 0 FROM datasets UNION ALL SELECT count(*), 0 FROM series UNION ALL SELECT count(*), 0 FROM points
        """, r => r.GetValue(0) + ":" + r.GetValue(1)));

    public void Dispose()
    {
        Store.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
