namespace Continuum.Web.Storage;

/// <summary>
/// Values loaded from the store once per store state (<see cref="StoreGate.Version"/>) and then answered from memory,
/// e.g. every series of one indicator. Concurrent callers asking for a key not yet loaded share one load; a write to
/// the store drops every value; past <see cref="MaxSize"/> (in the caller's unit, e.g. points) the least recently
/// used values are dropped, though the one just asked for is always kept. A failed load is not kept.
/// </summary>
/// <typeparam name="T">An immutable value.</typeparam>
public sealed class StoreStateCache<T> where T : class
{
    private readonly StoreGate _gate;
    private readonly Func<string, T> _load;
    private readonly Func<T, long> _size;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _version = -1;
    private long _clock;

    /// <summary>A cache over <paramref name="gate"/>'s store.</summary>
    /// <param name="gate">The store; its version keys the values.</param>
    /// <param name="load">Loads the value for a key (called outside the cache's lock, at most once per key and store state).</param>
    /// <param name="size">The size of a value, in the unit of <paramref name="maxSize"/>.</param>
    /// <param name="maxSize">Most total size kept; positive.</param>
    public StoreStateCache(StoreGate gate, Func<string, T> load, Func<T, long> size, long maxSize)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(size);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSize);
        (_gate, _load, _size, MaxSize) = (gate, load, size, maxSize);
    }

    /// <summary>Most total size kept (the newest value is kept even when it alone is larger).</summary>
    public long MaxSize { get; }

    /// <summary>Keys whose values are loaded and kept now.</summary>
    public IReadOnlyList<string> LoadedKeys
    {
        get
        {
            lock (_lock)
            {
                return _entries.Where(e => e.Value.Value.IsCompletedSuccessfully).Select(e => e.Key).ToList();
            }
        }
    }

    /// <summary>
    /// The value for <paramref name="key"/> at the current store state, loading it when absent or stale. The load runs
    /// on the thread pool and callers wait without holding a thread, so many requests for an indicator being loaded
    /// do not starve the server's other requests.
    /// </summary>
    public async Task<T> GetAsync(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // Read before loading: a write that lands during the load then makes the value stale, never the reverse.
        var version = _gate.Version;
        var (entry, loads) = Touch(key, version);
        if (entry.Value.IsCompletedSuccessfully)
        {
            return entry.Value.Result;
        }

        try
        {
            var value = await entry.Value.ConfigureAwait(false);
            if (loads)
            {
                Trim(key);
            }

            return value;
        }
        catch
        {
            lock (_lock)
            {
                if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
                {
                    _entries.Remove(key);
                }
            }

            throw;
        }
    }

    private (Entry Entry, bool Loads) Touch(string key, long version)
    {
        lock (_lock)
        {
            if (version > _version)
            {
                _entries.Clear();
                _version = version;
            }

            var loads = !_entries.TryGetValue(key, out var entry);
            if (loads)
            {
                entry = new Entry(Task.Run(() => _load(key)));
                _entries[key] = entry;
            }

            entry!.LastUsed = ++_clock;
            return (entry, loads);
        }
    }

    private void Trim(string keep)
    {
        lock (_lock)
        {
            var loaded = _entries.Where(e => e.Value.Value.IsCompletedSuccessfully).ToList();
            var total = loaded.Sum(e => _size(e.Value.Value.Result));
            foreach (var (key, entry) in loaded.OrderBy(e => e.Value.LastUsed))
            {
                if (total <= MaxSize)
                {
                    break;
                }

                if (key != keep)
                {
                    _entries.Remove(key);
                    total -= _size(entry.Value.Result);
                }
            }
        }
    }

    private sealed class Entry(Task<T> value)
    {
        public Task<T> Value { get; } = value;

        public long LastUsed { get; set; }
    }
}
