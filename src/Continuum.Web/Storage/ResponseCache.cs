using System.Collections.Concurrent;

namespace Continuum.Web.Storage;

/// <summary>
/// Serialized answers keyed by request and store version: a read that the store already answered is served
/// from memory. Bounded: past <see cref="MaxEntries"/> the cache starts over (answers are cheap to recompute).
/// </summary>
public sealed class ResponseCache(StoreGate gate)
{
    /// <summary>Most answers kept.</summary>
    public const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, (long Version, Lazy<byte[]> Body)> _entries = new(StringComparer.Ordinal);
    private int _added;

    /// <summary>
    /// The cached body for <paramref name="key"/> at the current store version, computing it when absent or stale.
    /// Concurrent callers of a missing key share one computation; a failed computation is not kept.
    /// </summary>
    public byte[] GetOrAdd(string key, Func<byte[]> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var version = gate.Version;
        // ConcurrentDictionary.Count takes every lock of the table; an approximate count of additions is enough for a bound.
        if (Volatile.Read(ref _added) >= MaxEntries)
        {
            Interlocked.Exchange(ref _added, 0);
            _entries.Clear();
        }

        var entry = _entries.AddOrUpdate(key,
            _ =>
            {
                Interlocked.Increment(ref _added);
                return (version, new Lazy<byte[]>(compute));
            },
            (_, old) => old.Version == version ? old : (version, new Lazy<byte[]>(compute)));
        try
        {
            return entry.Body.Value;
        }
        catch
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }
}
