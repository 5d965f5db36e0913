namespace Continuum.Cli.Tests.Simulation;

/// <summary>Each scenario file is read from disk once per command (counted from the <c>CONTINUUM_TRACE</c> lines of the one reader).</summary>
public sealed class ScenarioReadCountTests : IDisposable
{
    private const string ReadLine = "trace: scenario file read: ";
    private readonly string _dir = Directory.CreateTempSubdirectory("continuum-reads-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Run_ScenarioExtendingAnother_ReadsEachFileOnce()
    {
        var child = Child();
        var run = ContinuumCli.Run(Trace(), "run", child, "--no-store");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(new[] { Small(), Path.Combine(_dir, "short.toml"), child }.Order(StringComparer.Ordinal), Reads(run.Error));
    }

    [Fact]
    public void Compare_BothSidesSharingAParent_ReadsEachFileOnce()
    {
        var child = Child();
        var parent = Path.Combine(_dir, "short.toml");
        var run = ContinuumCli.Run(Trace(), "compare", parent, child, "--replicates", "1", "--no-store", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(new[] { Small(), parent, child }.Order(StringComparer.Ordinal), Reads(run.Error));
    }

    private static Dictionary<string, string> Trace() => new() { ["CONTINUUM_TRACE"] = "1" };

    private static string Small() => Path.Combine(ContinuumCli.RepositoryRoot(), "scenarios", "small.toml");

    private static List<string> Reads(string error) =>
        error.Split('\n').Where(l => l.StartsWith(ReadLine, StringComparison.Ordinal)).Select(l => l[ReadLine.Length..].Trim()).Order(StringComparer.Ordinal).ToList();

    /// <summary>cheaper.toml extends short.toml (small.toml cut to 2010–2012, 20,000 persons) with a remittance cost of 3 %.</summary>
    private string Child()
    {
        File.WriteAllText(Path.Combine(_dir, "short.toml"),
            $"extends = \"{Small().Replace("\\", "\\\\", StringComparison.Ordinal)}\"\nname = \"short\"\nhorizon = 2012\nsample_size = 20_000\n");
        var path = Path.Combine(_dir, "cheaper.toml");
        File.WriteAllText(path, "extends = \"short.toml\"\nname = \"cheaper\"\n[development]\nremittance_cost = { ALL = 0.03 }\n");
        return path;
    }
}
