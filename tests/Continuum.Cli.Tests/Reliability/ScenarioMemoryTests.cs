namespace Continuum.Cli.Tests.Reliability;

/// <summary>A scenario run that would not fit in memory is refused before it starts, naming the file, line, field and both amounts.</summary>
public sealed class ScenarioMemoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("continuum-memory-").FullName;

    [Fact]
    public void Run_SampleTooBigForAvailableMemory_RefusedWithEstimate()
    {
        var file = Scenario("sample_size = 50_000_000");
        var result = ContinuumCli.Run(Budget(1_000_000_000), "run", file, "--no-store");
        var error = Flat.Text(result.Error);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:4: field 'sample_size': sample_size = 50000000 with 1 replicate(s) would need about 5.6 GB of memory; this machine has 1.0 GB available", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoRunsTooBig_RefusedCountingBoth()
    {
        var file = Scenario("sample_size = 3_000_000");
        var result = ContinuumCli.Run(Budget(600_000_000), "compare", file, file, "--no-store");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(2 runs at once) would need about 0.8 GB", Flat.Text(result.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AbsurdSampleSize_RefusedWhateverTheMemory()
    {
        var file = Scenario("sample_size = 2_000_000_000");
        var result = ContinuumCli.Run(Budget(long.MaxValue), "run", file, "--no-store");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("field 'sample_size': 2000000000 is outside [1000, 300000000]", Flat.Text(result.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SampleThatFits_Runs()
    {
        var file = Scenario("sample_size = 20_000");
        var result = ContinuumCli.Run(Budget(1_000_000_000), "run", file, "--no-store");
        Assert.True(result.ExitCode == 0, result.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Dictionary<string, string> Budget(long bytes) =>
        new() { ["CONTINUUM_MEMORY_AVAILABLE_BYTES"] = bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private string Scenario(string line)
    {
        var small = Path.Combine(ContinuumCli.RepositoryRoot(), "scenarios", "small.toml").Replace("\\", "/", StringComparison.Ordinal);
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".toml");
        File.WriteAllText(path, $"# a scenario of the memory tests\nextends = \"{small}\"\nname = \"memory-test\"\n{line}\n");
        return path;
    }
}
