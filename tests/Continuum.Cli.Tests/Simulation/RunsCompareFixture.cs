using System.Text.RegularExpressions;

namespace Continuum.Cli.Tests.Simulation;

/// <summary>
/// A private store with four stored runs of the small scenario shortened to 2010–2013 with two replicates: seed 42
/// twice, seed 43, and seed 42 ending in 2012 (other years). Made once with <c>continuum run</c>; deleted afterwards.
/// </summary>
public sealed partial class RunsCompareFixture : IDisposable
{
    /// <summary>The test collection that shares one fixture (the runs are made once for all the classes that use them).</summary>
    public const string Collection = "stored runs";

    public RunsCompareFixture()
    {
        Dir = Directory.CreateTempSubdirectory("continuum-cli-runs-").FullName;
        Store = Path.Combine(Dir, "runs.duckdb");
        var small = Path.Combine(ContinuumCli.RepositoryRoot(), "scenarios", "small.toml").Replace("'", "''", StringComparison.Ordinal);
        var shortFile = Path.Combine(Dir, "short.toml");
        File.WriteAllText(shortFile, $"extends = '{small}'\nhorizon = 2013\nreplicates = 2\n");
        var shorterFile = Path.Combine(Dir, "shorter.toml");
        File.WriteAllText(shorterFile, $"extends = '{small}'\nhorizon = 2012\nreplicates = 2\n");
        Seed42 = Run(shortFile);
        Seed42Again = Run(shortFile);
        Seed43 = Run(shortFile, "--seed", "43");
        OtherYears = Run(shorterFile);
    }

    public string Dir { get; }

    public string Store { get; }

    public string Seed42 { get; }

    public string Seed42Again { get; }

    public string Seed43 { get; }

    public string OtherYears { get; }

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    private string Run(string file, params string[] extra)
    {
        var result = ContinuumCli.Run(["run", file, "--store", Store, "--threads", "2", .. extra]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"continuum run failed: {result.Error}");
        }

        return RunId().Match(result.Out) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no run id in: " + result.Out);
    }

    [GeneratedRegex(@"run ([0-9a-f]{12})")]
    private static partial Regex RunId();
}
