using Continuum.Data.Areas;
using Continuum.Data.Catalog;
using Continuum.Data.Formats;
using Continuum.Data.Store;

namespace Continuum.Web.Hosting;

/// <summary>
/// Opens the server's store read-write to create or upgrade it and, when it lacks any, import the shipped data first (as
/// the CLI does on first use). <see cref="Storage.StoreGate"/> then takes it over and reads it read-only (docs/store.md).
/// </summary>
public static class StoreStartup
{
    /// <summary>Opens <paramref name="options"/>' store; <paramref name="log"/> hears about each shipped file imported.</summary>
    public static ContinuumStore Open(ContinuumWebOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = ContinuumStore.Open(options.StorePath, StoreAccess.ReadWrite);
        try
        {
            if (options.ImportShippedData)
            {
                var readers = new Lazy<ReaderRegistry>(() => new ReaderRegistry(AreaRegistry.LoadDefault()));
                var importer = new Importer(store, FormatDetector.Detect, (path, format) => readers.Value.Read(path, format));
                ShippedData.EnsureImported(store, importer, (i, n, entry) =>
                    log?.Invoke($"importing shipped data {i + 1}/{n}: {Path.GetFileName(entry.Path)}"));
            }

            // Create the run tables now, so that CLI reading commands find them while the server holds the store.
            _ = new Continuum.Data.Simulation.RunStore(store);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
