using Continuum.Data.Areas;
using Continuum.Data.Catalog;
using Continuum.Data.Formats;
using Continuum.Data.Store;

namespace Continuum.Cli.Infrastructure;

/// <summary>Composes the store, the format readers and the shipped data for the commands.</summary>
public static class DataServices
{
    /// <summary>An importer that detects formats by content and reads non-CSV formats in memory.</summary>
    public static Importer CreateImporter(ContinuumStore store)
    {
        var readers = new Lazy<ReaderRegistry>(() => new ReaderRegistry(AreaRegistry.LoadDefault()));
        return new Importer(store, FormatDetector.Detect, (path, format) => readers.Value.Read(path, format));
    }

    /// <summary>
    /// Opens the store read-only for a command that only reads (evidence, data list/show/export, indicators), so it
    /// works while <c>continuum serve</c> or other readers use the store. When the store is new, older, or lacks shipped
    /// data, it is first opened read-write to bring it up to date (docs/store.md).
    /// </summary>
    public static ContinuumStore OpenForReading(StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ContinuumStore.OpenForReading(settings.Store, NeedsShippedData, EnsureShippedData);
    }

    /// <summary>Opens the store read-write and, on first use, imports the shipped data with a progress bar on stderr.</summary>
    public static ContinuumStore OpenWithShippedData(StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var store = ContinuumStore.Open(settings.Store);
        try
        {
            EnsureShippedData(store);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>True when the store lacks the area or indicator tables or a shipped file (checked without writing).</summary>
    public static bool NeedsShippedData(ContinuumStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.AreaCount() == 0
            || Convert.ToInt64(store.Scalar("SELECT count(*) FROM indicators"), System.Globalization.CultureInfo.InvariantCulture) == 0
            || ShippedData.Pending(store, ShippedData.Manifest()).Count > 0;
    }

    /// <summary>Imports whatever shipped files the store lacks, showing progress when there is any.</summary>
    public static void EnsureShippedData(ContinuumStore store)
    {
        ShippedData.EnsureReferenceTables(store);
        var pending = ShippedData.Pending(store, ShippedData.Manifest());
        if (pending.Count == 0)
        {
            return;
        }

        var importer = CreateImporter(store);
        var console = ErrorConsole();
        console.MarkupLine($"[grey]First use of this store: importing {pending.Count} shipped data files into {Markup.Escape(store.Path)}[/]");
        console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("shipped data", maxValue: pending.Count);
                foreach (var entry in pending)
                {
                    task.Description = Markup.Escape(Path.GetFileName(entry.Path));
                    importer.Import(entry.Request);
                    task.Increment(1);
                }

                task.Description = "shipped data imported";
            });
    }

    /// <summary>A console on stderr, so progress never mixes with results on stdout.</summary>
    public static IAnsiConsole ErrorConsole() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
