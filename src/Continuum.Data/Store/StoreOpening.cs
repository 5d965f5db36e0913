using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Continuum.Data.Store;

/// <summary>
/// Opens the DuckDB connection of a store: waits a bounded time while another process holds the file (DuckDB allows
/// one read-write process or several read-only ones), then fails with one sentence naming the holder; a damaged file
/// is named with what to do. DuckDB's own text never reaches the user.
/// </summary>
internal static class StoreOpening
{
    /// <summary>Environment variable with the seconds to wait for a store another process holds (default 20).</summary>
    public const string WaitVariable = "CONTINUUM_STORE_WAIT_SECONDS";

    private const double DefaultWaitSeconds = 20;

    /// <summary>How long to wait for a held store: <see cref="WaitVariable"/> when it is a number ≥ 0, else 20 s.</summary>
    public static TimeSpan Wait()
    {
        var text = Environment.GetEnvironmentVariable(WaitVariable);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 && s <= 86_400
            ? TimeSpan.FromSeconds(s)
            : TimeSpan.FromSeconds(DefaultWaitSeconds);
    }

    /// <summary>An open connection to <paramref name="full"/> in <paramref name="access"/> mode.</summary>
    public static DuckDBConnection Connect(string full, StoreAccess access)
    {
        var wait = Wait();
        var started = Stopwatch.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var connection = new DuckDBConnection(ConnectionString(full, access));
            try
            {
                connection.Open();
                return connection;
            }
            catch (DuckDBException ex)
            {
                connection.Dispose();
                if (!IsLocked(ex.Message))
                {
                    throw Failure(full, ex);
                }

                if (Stopwatch.GetElapsedTime(started) >= wait)
                {
                    throw Busy(full, access, ex.Message, wait);
                }

                Thread.Sleep(delay);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
            }
        }
    }

    /// <summary>The error for a DuckDB failure while opening or checking <paramref name="full"/>: damaged, not allowed, or other.</summary>
    public static InputException Failure(string full, DuckDBException ex)
    {
        var message = ex.Message;
        if (IsDamaged(message))
        {
            return Damaged(full, ex);
        }

        return message.Contains("Permission denied", StringComparison.OrdinalIgnoreCase)
            ? new InputException($"cannot open the store {full}: this user may not read or write it", inner: ex)
            : new InputException($"cannot open the store {full}: {ContinuumStore.FirstLine(Strip(message))}", inner: ex);
    }

    /// <summary>True when <paramref name="message"/> says the file is not a readable DuckDB database.</summary>
    public static bool IsDamaged(string message) =>
        message.Contains("not a valid DuckDB database file", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Could not read enough bytes", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Corrupt", StringComparison.OrdinalIgnoreCase)
        || message.Contains("checksum", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Serialization Error", StringComparison.OrdinalIgnoreCase)
        || message.Contains("INTERNAL Error", StringComparison.OrdinalIgnoreCase);

    /// <summary>The error for a store DuckDB cannot read.</summary>
    public static InputException Damaged(string full, Exception? inner = null) => new(
        $"the store {full} is damaged or is not a Continuum store; move it aside or remove it and run the command again " +
        "(the shipped data are imported again on first use; your own imports and stored runs are not)", inner: inner);

    private static bool IsLocked(string message) => message.Contains("Could not set lock on file", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);

    private static InputException Busy(string full, StoreAccess access, string lockMessage, TimeSpan wait)
    {
        var holder = StoreHolder.Describe(lockMessage);
        var seconds = wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        var holderReads = lockMessage.Contains("read-only mode", StringComparison.OrdinalIgnoreCase);
        if (StoreHolder.IsServer(holder) && access == StoreAccess.ReadWrite)
        {
            var meanwhile = holderReads ? "reading commands work meanwhile; " : string.Empty;
            return new InputException($"the store {full} is in use by {holder} and was not free after {seconds} s; " +
                $"{meanwhile}stop the server, or import and run through the dashboard");
        }

        var doing = holderReads ? "being read" : "being changed";
        return new InputException($"the store {full} is {doing} by {holder} and was not free after {seconds} s; " +
            $"try again when it has finished ({WaitVariable} sets how long to wait)");
    }

    private static string ConnectionString(string full, StoreAccess access) =>
        "Data Source=" + full + (access == StoreAccess.ReadOnly ? ";ACCESS_MODE=READ_ONLY" : string.Empty);

    private static string Strip(string message) => message.Replace("DuckDBOpen failed: ", string.Empty, StringComparison.Ordinal)
        .Replace("IO Error: ", string.Empty, StringComparison.Ordinal);
}
