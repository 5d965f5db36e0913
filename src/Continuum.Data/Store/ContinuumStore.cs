using System.Globalization;
using DuckDB.NET.Data;

namespace Continuum.Data.Store;

/// <summary>
/// The embedded analytics store: one DuckDB file holding every imported observation with its source and
/// vintage, the harmonised areas, and (added by other parts) simulation runs. Open it, use it, dispose it.
/// </summary>
public sealed class ContinuumStore : IDisposable
{
    private ContinuumStore(string path, DuckDBConnection connection, StoreAccess access)
    {
        Path = path;
        Connection = connection;
        Access = access;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The open DuckDB connection; other components add their own tables through it.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>How this store was opened.</summary>
    public StoreAccess Access { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, or the default store when null. Read-write creates or upgrades it and
    /// excludes every other process; read-only needs an existing, current store. While another process holds the file
    /// in a conflicting mode, waits up to <c>CONTINUUM_STORE_WAIT_SECONDS</c> (default 20) and then fails naming it.
    /// </summary>
    public static ContinuumStore Open(string? path = null, StoreAccess access = StoreAccess.ReadWrite)
    {
        var store = OpenUnchecked(FullPath(path), access);
        if (access == StoreAccess.ReadOnly && !store.Checked(StoreMigration.IsCurrent))
        {
            store.Dispose();
            throw new InputException($"the store {store.Path} was made by an older version and must be upgraded, which needs it to itself; " +
                "run any reading command (e.g. `continuum data list`) while no other process uses it");
        }

        return store;
    }

    /// <summary>
    /// Opens the store read-only for a command that only reads. When the store is missing, older than this version, or
    /// <paramref name="needsWrite"/> says it lacks something, opens it read-write first: upgrades it, runs
    /// <paramref name="prepare"/> (e.g. the first-use import of the shipped data), closes it, then opens it read-only.
    /// </summary>
    public static ContinuumStore OpenForReading(string? path = null, Func<ContinuumStore, bool>? needsWrite = null, Action<ContinuumStore>? prepare = null)
    {
        var full = FullPath(path);
        if (File.Exists(full))
        {
            var reading = OpenUnchecked(full, StoreAccess.ReadOnly);
            if (reading.Checked(s => StoreMigration.IsCurrent(s) && !(needsWrite?.Invoke(s) ?? false)))
            {
                return reading;
            }

            reading.Dispose();
        }

        using (var writing = Open(full))
        {
            prepare?.Invoke(writing);
        }

        return Open(full, StoreAccess.ReadOnly);
    }

    private static string FullPath(string? path) => System.IO.Path.GetFullPath(path ?? IO.DataPaths.DefaultStorePath());

    private static ContinuumStore OpenUnchecked(string full, StoreAccess access)
    {
        if (access == StoreAccess.ReadWrite)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        }
        else if (!File.Exists(full))
        {
            throw new InputException($"the store {full} does not exist");
        }

        var store = new ContinuumStore(full, StoreOpening.Connect(full, access), access);
        if (access == StoreAccess.ReadWrite)
        {
            store.Checked(s =>
            {
                StoreMigration.Apply(s);
                return true;
            });
        }

        return store;
    }

    /// <summary>Runs <paramref name="check"/>; on failure closes the store, and a DuckDB failure becomes one sentence naming the file.</summary>
    private bool Checked(Func<ContinuumStore, bool> check)
    {
        try
        {
            return check(this);
        }
        catch (DuckDBException ex)
        {
            Dispose();
            throw StoreOpening.Failure(Path, ex);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Runs SQL that returns nothing.</summary>
    public void Execute(string sql, params object?[] parameters)
    {
        using var cmd = Command(sql, parameters);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Runs SQL and returns the first column of the first row (or null).</summary>
    public object? Scalar(string sql, params object?[] parameters)
    {
        using var cmd = Command(sql, parameters);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    /// <summary>Runs a query and maps each row with <paramref name="map"/>.</summary>
    public List<T> Query<T>(string sql, Func<DuckDBDataReader, T> map, params object?[] parameters)
    {
        using var cmd = Command(sql, parameters);
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }

        return list;
    }

    /// <summary>A command with positional parameters ($1, $2, ...).</summary>
    public DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        return cmd;
    }

    /// <summary>Number of observations stored (the points under the <c>observations</c> view, counted without the join).</summary>
    public long ObservationCount() => Convert.ToInt64(Scalar("SELECT count(*) FROM points"), CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();

    internal static string FirstLine(string message)
    {
        var i = message.IndexOf('\n', StringComparison.Ordinal);
        return (i < 0 ? message : message[..i]).Trim();
    }
}
