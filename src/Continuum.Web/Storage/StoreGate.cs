using System.Collections.Concurrent;
using Continuum.Data.Store;

namespace Continuum.Web.Storage;

/// <summary>
/// The server's access to the store. A DuckDB connection serves one caller at a time, so writes go through one
/// connection under a lock while reads take one of up to <see cref="MaxReaders"/> further connections to the same
/// database (DuckDB shares one database per file within a process, and its MVCC lets reads run during an import).
/// A write bumps <see cref="Version"/>, which keys the response cache, so cached answers never outlive the state they came from.
/// </summary>
public sealed class StoreGate : IDisposable
{
    /// <summary>Most read connections open at once.</summary>
    public const int MaxReaders = 4;

    private readonly ContinuumStore _writer;
    private readonly Lock _writeLock = new();
    private readonly SemaphoreSlim _readSlots = new(MaxReaders, MaxReaders);
    private readonly ConcurrentBag<ContinuumStore> _readers = [];
    private readonly ConcurrentBag<ContinuumStore> _opened = [];
    private long _version;

    /// <summary>
    /// Wraps the open <paramref name="store"/>, used for writes, and opens the read connections on the same file now:
    /// opening one runs the store's schema statements, which must not meet an import's open transaction later.
    /// </summary>
    public StoreGate(ContinuumStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _writer = store;
        for (var i = 0; i < MaxReaders; i++)
        {
            _readers.Add(OpenReader());
        }
    }

    /// <summary>Increases by one after each write; starts at 0.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The store file.</summary>
    public string Path => _writer.Path;

    /// <summary>Runs a query on a read connection of its own.</summary>
    public T Read<T>(Func<ContinuumStore, T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _readSlots.Wait();
        var reader = _readers.TryTake(out var r) ? r : throw new InvalidOperationException("a read slot without a reader");
        try
        {
            return query(reader);
        }
        finally
        {
            _readers.Add(reader);
            _readSlots.Release();
        }
    }

    /// <summary>Runs a change with the write connection to itself, then invalidates cached answers.</summary>
    public T Write<T>(Func<ContinuumStore, T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_writeLock)
        {
            try
            {
                return change(_writer);
            }
            finally
            {
                Interlocked.Increment(ref _version);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var reader in _opened)
        {
            reader.Dispose();
        }

        _writer.Dispose();
        _readSlots.Dispose();
    }

    private ContinuumStore OpenReader()
    {
        var reader = ContinuumStore.Open(_writer.Path);
        _opened.Add(reader);
        return reader;
    }
}
