using System.Globalization;
using System.Text.RegularExpressions;

namespace Continuum.Data.Store;

/// <summary>
/// Names the process that holds a store's lock, in words, from DuckDB's lock error (which gives the PID on Linux) and
/// <c>/proc/PID/cmdline</c>: "`continuum serve` (PID 4242)", or "another process" when neither is known.
/// </summary>
internal static partial class StoreHolder
{
    /// <summary>The holder named in <paramref name="lockMessage"/>, e.g. "`continuum data import` (PID 4242)".</summary>
    public static string Describe(string lockMessage)
    {
        var match = PidPattern().Match(lockMessage);
        if (!match.Success)
        {
            return "another process";
        }

        var pid = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var command = CommandOf(pid);
        return command is null ? $"another process (PID {pid})" : $"`{command}` (PID {pid})";
    }

    /// <summary>True when the holder is a <c>continuum serve</c> process.</summary>
    public static bool IsServer(string description) => description.StartsWith("`continuum serve", StringComparison.Ordinal);

    /// <summary>
    /// "continuum" and up to two command words after it for a Continuum process (run as <c>continuum</c> or
    /// <c>dotnet continuum.dll</c>), else the program's file name; null when the process cannot be read.
    /// </summary>
    internal static string? CommandOf(int pid)
    {
        string[] args;
        try
        {
            args = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (args.Length == 0)
        {
            return null;
        }

        var program = Array.FindIndex(args, a => Path.GetFileName(a) is "continuum" or "continuum.dll");
        if (program < 0)
        {
            return Path.GetFileName(args[0]);
        }

        var words = args.Skip(program + 1).TakeWhile(a => !a.StartsWith('-') && !a.Contains('/', StringComparison.Ordinal)).Take(2);
        return string.Join(' ', words.Prepend("continuum"));
    }

    [GeneratedRegex(@"\(PID (\d+)\)")]
    private static partial Regex PidPattern();
}
