using Continuum.Data.Areas;
using Continuum.Data.Catalog;
using Continuum.Data.Formats;
using Continuum.Data.Store;

namespace Continuum.Evidence.Tests;

/// <summary>A temporary store with all shipped data imported once for the test class.</summary>
public sealed class ShippedStoreFixture : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "continuum-evidence-" + Guid.NewGuid().ToString("N"));

    public ShippedStoreFixture()
    {
        Directory.CreateDirectory(_dir);
        Store = ContinuumStore.Open(Path.Combine(_dir, "store.duckdb"));
        var readers = new ReaderRegistry(AreaRegistry.LoadDefault());
        ShippedData.EnsureImported(Store, new Importer(Store, FormatDetector.Detect, readers.Read));
    }

    public ContinuumStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
