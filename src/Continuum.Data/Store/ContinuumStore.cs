using System.Globalization;
using DuckDB.NET.Data;

namespace Continuum.Data.Store;

/// <summary>
/// The embedded analytics store: one DuckDB file holding every imported observation with its source and
/// vintage, the harmonised areas, and (added by other parts) simulation runs. Open it, use it, dispose it.
/// </summary>
public sealed class ContinuumStore : IDisposable
{
    private ContinuumStore(string path, DuckDBConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The open DuckDB connection; other components add their own tables through it.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>, or the default store when null.</summary>
    public static ContinuumStore Open(string? path = null)
    {
        var full = System.IO.Path.GetFullPath(path ?? IO.DataPaths.DefaultStorePath());
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection("Data Source=" + full);
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new InputException("cannot open the store: " + FirstLine(ex.Message), full);
        }

        var store = new ContinuumStore(full, connection);
        try
        {
            StoreMigration.Apply(store);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
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
