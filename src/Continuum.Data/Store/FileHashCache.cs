using System.Globalization;

namespace Continuum.Data.Store;

/// <summary>
/// SHA-256 of files the store has seen, remembered by (full path, size in bytes, last write time in 100 ns ticks,
/// UTC) in the <c>file_hashes</c> table, so checking the shipped data on every run does not read 24 MB again.
/// A file rewritten with the same size within the same tick would be missed; file systems stamp writes far finer
/// than a person or a publisher updates a file.
/// </summary>
public static class FileHashCache
{
    /// <summary>The lower-case hex SHA-256 of <paramref name="path"/>, from the cache when the file is unchanged.</summary>
    public static string Sha256(ContinuumStore store, string path)
    {
        ArgumentNullException.ThrowIfNull(store);
        var info = new FileInfo(path);
        var full = info.FullName;
        var ticks = info.LastWriteTimeUtc.Ticks;
        var cached = store.Scalar("SELECT sha256 FROM file_hashes WHERE path = $1 AND size_bytes = $2 AND modified_ticks = $3",
            full, info.Length, ticks) as string;
        if (cached is not null)
        {
            return cached;
        }

        var sha = IO.FileHash.Sha256(full);
        if (store.Access == StoreAccess.ReadWrite)
        {
            // A read-only store cannot remember the hash; the file is hashed again next time.
            store.Execute("INSERT OR REPLACE INTO file_hashes VALUES ($1, $2, $3, $4)", full, info.Length, ticks, sha);
        }

        return sha;
    }

    /// <summary>Number of files remembered (for tests and diagnostics).</summary>
    public static long Count(ContinuumStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Convert.ToInt64(store.Scalar("SELECT count(*) FROM file_hashes"), CultureInfo.InvariantCulture);
    }
}
