using Continuum.Data.Areas;
using Continuum.Data.Catalog;
using Continuum.Data.Formats;
using Continuum.Data.Store;

namespace Continuum.Web.Hosting;

/// <summary>Opens the server's store and, when it lacks any, imports the shipped data first (as the CLI does on first use).</summary>
public static class StoreStartup
{
    /// <summary>Opens <paramref name="options"/>' store; <paramref name="log"/> hears about each shipped file imported.</summary>
    public static ContinuumStore Open(ContinuumWebOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = ContinuumStore.Open(options.StorePath);
        try
        {
            if (options.ImportShippedData)
            {
                var readers = new Lazy<ReaderRegistry>(() => new ReaderRegistry(AreaRegistry.LoadDefault()));
                var importer = new Importer(store, FormatDetector.Detect, (path, format) => readers.Value.Read(path, format));
                ShippedData.EnsureImported(store, importer, (i, n, entry) =>
                    log?.Invoke($"importing shipped data {i + 1}/{n}: {Path.GetFileName(entry.Path)}"));
            }

            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
