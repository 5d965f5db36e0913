using System.Collections.Concurrent;
using Continuum.Data.Store;

namespace Continuum.Web.Storage;

/// <summary>
/// The server's access to the store, shared with other processes (docs/store.md). DuckDB lets one process write a
/// file or several read it, so the server normally holds only read-only connections (up to <see cref="MaxReaders"/>,
/// opened when first needed), and CLI reading commands work meanwhile. A write waits for the reads in flight, closes
/// every read connection (DuckDB closes the database with its last connection), opens the store read-write, writes,
/// and closes it again; reads reopen read-only (<see cref="Write{T}"/>: pages stay readable during an import). While another process holds the store, opening waits a bounded time
/// and then fails with a sentence naming that process. A write bumps <see cref="Version"/>, which keys the response
/// cache, so cached answers never outlive the state they came from.
/// </summary>
public sealed class StoreGate : IDisposable
{
    /// <summary>Most read connections open at once.</summary>
    public const int MaxReaders = 4;

    private readonly Lock _oneWriter = new();
    private readonly ReaderWriterLockSlim _mode = new(LockRecursionPolicy.SupportsRecursion);
    private readonly SemaphoreSlim _readSlots = new(MaxReaders, MaxReaders);
    private readonly ConcurrentBag<ContinuumStore> _readers = [];
    private long _version;

    /// <summary>
    /// Takes over <paramref name="store"/> (opened read-write by startup to create, upgrade or fill it): closes it and
    /// from then on opens the same file read-only to read and read-write only to write.
    /// </summary>
    public StoreGate(ContinuumStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Path = store.Path;
        store.Dispose();
    }

    /// <summary>Increases by one after each write; starts at 0.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>Runs a query on a read-only connection of its own; waits while the server writes.</summary>
    public T Read<T>(Func<ContinuumStore, T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _mode.EnterReadLock();
        try
        {
            _readSlots.Wait();
            ContinuumStore? reader = null;
            try
            {
                reader = _readers.TryTake(out var open) ? open : ContinuumStore.Open(Path, StoreAccess.ReadOnly);
                return query(reader);
            }
            finally
            {
                if (reader is not null)
                {
                    _readers.Add(reader);
                }

                _readSlots.Release();
            }
        }
        finally
        {
            _mode.ExitReadLock();
        }
    }

    /// <summary>
    /// Runs a change on a read-write connection of its own, then invalidates cached answers. Reads wait only while the
    /// connections change mode: before the change the reads in flight finish and every read-only connection closes;
    /// during it reads continue on connections that share the read-write database (DuckDB keeps one database per file
    /// in a process and gives new connections its mode); after it those close with the writer. Other processes cannot
    /// open the store meanwhile. One write at a time.
    /// </summary>
    public T Write<T>(Func<ContinuumStore, T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_oneWriter)
        {
            var writer = Exclusively(() =>
            {
                CloseReaders();
                return ContinuumStore.Open(Path, StoreAccess.ReadWrite);
            });
            try
            {
                return change(writer);
            }
            finally
            {
                Exclusively(() =>
                {
                    CloseReaders();
                    writer.Dispose();
                    return true;
                });
                Interlocked.Increment(ref _version);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        CloseReaders();
        _readSlots.Dispose();
        _mode.Dispose();
    }

    private TResult Exclusively<TResult>(Func<TResult> action)
    {
        _mode.EnterWriteLock();
        try
        {
            return action();
        }
        finally
        {
            _mode.ExitWriteLock();
        }
    }

    private void CloseReaders()
    {
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }
}
