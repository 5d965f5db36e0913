using Continuum.Data.Areas;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Catalog;

/// <summary>One file of the shipped data, as listed in <c>data/manifest.csv</c>.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Request">How to import it.</param>
public sealed record ManifestEntry(string Path, ImportRequest Request);

/// <summary>
/// The shipped data: <c>data/manifest.csv</c> lists each file with its format (and, for formats that carry
/// none, the vintage and indicator); <c>data/indicators.csv</c> names units. <see cref="EnsureImported"/>
/// brings a store up to date on first use: files already imported (same SHA-256) are skipped.
/// </summary>
public static class ShippedData
{
    /// <summary>The manifest entries in import order.</summary>
    public static IReadOnlyList<ManifestEntry> Manifest(string? dataDirectory = null)
    {
        var dir = dataDirectory ?? DataPaths.DataDirectory();
        var csv = CsvFile.Read(System.IO.Path.Combine(dir, "manifest.csv"));
        csv.RequireColumns("path", "format", "vintage", "indicator", "source");
        return csv.Records.Select(r =>
        {
            var path = System.IO.Path.Combine(dir, r.Text("path"));
            return new ManifestEntry(path, new ImportRequest(path, r.Text("format"), Empty(r.Text("vintage")),
                Empty(r.Text("indicator")), Empty(r.Text("source"))) { Origin = DatasetOrigin.Shipped, Shipped = true });
        }).ToList();
    }

    /// <summary>
    /// Entries not yet imported into <paramref name="store"/> as shipped data (compared by SHA-256 of the file's content,
    /// so an updated file is imported again; a user dataset of the same file does not count). A shipped import that
    /// failed or was killed left nothing behind (each file is one transaction), so its file is simply pending again. Hashes come from <see cref="FileHashCache"/> (a file is read only when its size or
    /// write time changed) and travel in each returned request, so the import does not hash the file again.
    /// </summary>
    public static IReadOnlyList<ManifestEntry> Pending(ContinuumStore store, IReadOnlyList<ManifestEntry> manifest)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(manifest);
        var hashes = store.Query("SELECT file_sha256 FROM datasets WHERE shipped", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        var pending = new List<ManifestEntry>();
        foreach (var entry in manifest)
        {
            var sha = FileHashCache.Sha256(store, entry.Path);
            if (!hashes.Contains(sha))
            {
                pending.Add(entry with { Request = entry.Request with { Sha256 = sha, Origin = DatasetOrigin.Shipped, Shipped = true } });
            }
        }

        return pending;
    }

    /// <summary>
    /// Loads areas and indicator metadata when the store lacks them, then imports every pending manifest entry,
    /// reporting each file to <paramref name="progress"/> before it is imported. Returns what was imported.
    /// </summary>
    public static IReadOnlyList<ImportSummary> EnsureImported(ContinuumStore store, Importer importer,
        Action<int, int, ManifestEntry>? progress = null, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(importer);
        var dir = dataDirectory ?? DataPaths.DataDirectory();
        EnsureReferenceTables(store, dir);
        var pending = Pending(store, Manifest(dir));
        var done = new List<ImportSummary>();
        for (var i = 0; i < pending.Count; i++)
        {
            progress?.Invoke(i, pending.Count, pending[i]);
            done.Add(importer.Import(pending[i].Request));
        }

        return done;
    }

    /// <summary>Loads the area table and indicator metadata into the store if it has none.</summary>
    public static void EnsureReferenceTables(ContinuumStore store, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var dir = dataDirectory ?? DataPaths.DataDirectory();
        if (store.AreaCount() == 0)
        {
            store.ReplaceAreas(AreaRegistry.Load(System.IO.Path.Combine(dir, "areas")));
        }

        if (Convert.ToInt64(store.Scalar("SELECT count(*) FROM indicators"), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            var csv = CsvFile.Read(System.IO.Path.Combine(dir, "indicators.csv"));
            using var tx = store.Connection.BeginTransaction();
            foreach (var r in csv.Records)
            {
                store.Execute("INSERT INTO indicators VALUES ($1, $2, $3, $4)", r.Text("indicator"), r.Text("name"), r.Text("unit"), r.Text("source"));
            }

            tx.Commit();
        }
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
