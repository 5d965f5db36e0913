namespace Continuum.Cli.Tests.Golden;

using Golden = Continuum.Testing.Golden;

/// <summary>
/// Pins the results of the built <c>continuum</c> across commits: the small scenario's run CSV, a 3-replicate
/// comparison of it with a remittance-cost lever, the evidence table and every model's CSV must stay byte-identical
/// to the files in <c>Golden/results/</c>, which were produced on main at 5b717f6 (before the application-layer
/// redesign of issue 11). A change of result is a reviewed change: rerun with <c>UPDATE_GOLDEN=1</c> (<see cref="Golden"/>) and commit the
/// new files with the reason.
/// </summary>
public sealed class ResultGoldenTests : IClassFixture<Data.StoreHomeFixture>
{
    private readonly Data.StoreHomeFixture _home;

    public ResultGoldenTests(Data.StoreHomeFixture home) => _home = home;

    public static TheoryData<string, string[]> ModelCommands => new()
    {
        { "project-can-2020-2050.csv", ["project", "--area", "CAN", "--from", "2020", "--to", "2050", "--format", "csv"] },
        { "workforce.csv", ["workforce", "--areas", "903,935", "--years", "2005,2050", "--format", "csv"] },
        { "host-economy-100k.csv", ["model", "host-economy", "--extra-admissions", "100000", "--from", "2012", "--years", "10", "--format", "csv"] },
        { "host-economy-sensitivity.csv", ["model", "host-economy", "--sensitivity", "--format", "csv"] },
        { "brain-gain.csv", ["model", "brain-gain", "--format", "csv"] },
        { "brain-gain-bdr.csv", ["model", "brain-gain", "--model", "bdr", "--format", "csv"] },
        { "returns.csv", ["model", "returns", "--format", "csv"] },
        { "inequality.csv", ["model", "inequality", "--input", "data/examples/households-synthetic.csv", "--format", "csv"] },
    };

    [Fact]
    public void Run_SmallScenarioSeed7_SameCsvAsPinned()
    {
        var out1 = Path.Combine(_home.Home, "run-small-seed7.csv");

        var result = ContinuumCli.Run(_home.Environment, "run", "scenarios/small.toml", "--seed", "7", "--out", out1);

        Assert.True(result.ExitCode == 0, result.Error);
        Golden.AssertSame("results/run-small-seed7.csv", File.ReadAllText(out1));
    }

    [Fact]
    public void Compare_SmallWithRemittanceCostLever3Replicates_SameCsvAsPinned()
    {
        var result = ContinuumCli.Run(_home.Environment, "compare", "scenarios/small.toml",
            "tests/Continuum.Cli.Tests/Golden/results/small-remittance-cost.toml", "--replicates", "3", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        Golden.AssertSame("results/compare-small-remittance-cost.csv", result.Out);
    }

    [Fact]
    public void Evidence_ShippedData_SameCsvAsPinned()
    {
        var result = ContinuumCli.Run(_home.Environment, "evidence", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        Golden.AssertSame("results/evidence.csv", result.Out);
    }

    [Theory]
    [MemberData(nameof(ModelCommands))]
    public void Model_FormatCsv_SameAsPinned(string golden, string[] args)
    {
        var result = ContinuumCli.Run(_home.Environment, args);

        Assert.True(result.ExitCode == 0, result.Error);
        Golden.AssertSame("results/" + golden, result.Out);
    }
}
