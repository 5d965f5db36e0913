using Continuum.Data.Store;

namespace Continuum.Web.Storage;

/// <summary>
/// The one open store of the server. A DuckDB connection serves one caller at a time, so every use goes
/// through <see cref="Read{T}"/> or <see cref="Write{T}"/>; a write bumps <see cref="Version"/>, which keys the
/// response cache, so cached answers never outlive the store state they came from.
/// </summary>
public sealed class StoreGate(ContinuumStore store) : IDisposable
{
    private readonly Lock _lock = new();
    private long _version;

    /// <summary>Increases by one after each write; starts at 0.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The store file.</summary>
    public string Path => store.Path;

    /// <summary>Runs a query with the store to itself.</summary>
    public T Read<T>(Func<ContinuumStore, T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            return query(store);
        }
    }

    /// <summary>Runs a change with the store to itself, then invalidates cached answers.</summary>
    public T Write<T>(Func<ContinuumStore, T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_lock)
        {
            try
            {
                return change(store);
            }
            finally
            {
                Interlocked.Increment(ref _version);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => store.Dispose();
}
