using System.Diagnostics;

namespace Continuum.Cli.Tests;

/// <summary>The result of one run of the command.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>
/// Runs the built <c>continuum</c> command in its own process (tests never share the console), from the
/// repository root, without colour, with a wide terminal and optional environment overrides such as a private
/// <c>CONTINUUM_HOME</c>.
/// </summary>
internal static class ContinuumCli
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Continuum.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    public static CliResult Run(params string[] args) => Run(null, args);

    /// <summary>Splits CSV output into rows of fields (no quoted commas in the outputs tested).</summary>
    public static string[][] CsvRows(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();

    public static CliResult Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = StartInfo(environment, args);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>How the built <c>continuum</c> is started: from the repository root, without colours, 200 columns wide.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "continuum.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }

        return start;
    }
}
