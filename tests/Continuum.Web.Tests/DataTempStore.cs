using Continuum.Data.Catalog;
using Continuum.Data.Store;
using Continuum.Web.Data;
using Continuum.Web.Storage;

namespace Continuum.Web.Tests;

/// <summary>A data service over a store of its own in a temporary folder (area tables only, no observations), for tests that import.</summary>
internal sealed class DataTempStore : IDisposable
{
    private readonly DataImportService _imports;

    public DataTempStore()
    {
        Folder = Directory.CreateTempSubdirectory("continuum-web-data-").FullName;
        var store = ContinuumStore.Open(Path.Combine(Folder, "store.duckdb"));
        ShippedData.EnsureReferenceTables(store);
        Gate = new StoreGate(store);
        Data = new DataService(Gate, new ResponseCache(Gate), new DataCatalog(Gate));
        _imports = new DataImportService(Gate);
    }

    public string Folder { get; }

    public StoreGate Gate { get; }

    public DataService Data { get; }

    /// <summary>Imports WDI long CSV rows (<c>Country Name,Country Code,Year,Value</c> lines) as <paramref name="indicator"/> in <paramref name="vintage"/>.</summary>
    public void ImportWdiLong(string indicator, string vintage, params string[] rows)
    {
        var path = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "Country Name,Country Code,Year,Value\n" + string.Join('\n', rows) + "\n");
        _imports.Import(path, "wdi-long", vintage, indicator, "Test");
    }

    public void Dispose()
    {
        _imports.Dispose();
        Gate.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
