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

    private readonly ConcurrentDictionary<string, (long Version, byte[] Body)> _entries = new(StringComparer.Ordinal);

    /// <summary>The cached body for <paramref name="key"/> at the current store version, computing it when absent or stale.</summary>
    public byte[] GetOrAdd(string key, Func<byte[]> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var version = gate.Version;
        if (_entries.TryGetValue(key, out var hit) && hit.Version == version)
        {
            return hit.Body;
        }

        var body = compute();
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = (version, body);
        return body;
    }
}
