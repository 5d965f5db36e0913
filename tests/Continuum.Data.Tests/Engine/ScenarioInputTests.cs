using Continuum.Core.Engine;
using Continuum.Data.Scenarios;

namespace Continuum.Data.Tests.Engine;

/// <summary>Scenario inputs: bad tables and levers that must fail before a run, naming the table or lever (reading is tested in Continuum.Data.Tests).</summary>
public sealed class ScenarioInputTests(ShippedData data) : IClassFixture<ShippedData>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("continuum-scenario-").FullName;

    [Fact]
    public void Load_DurationTableMissingARow_FailsNamingTheRow()
    {
        var table = Write("durations.csv", "years_since_migration,relative_risk\n" + string.Join("\n", Enumerable.Range(0, 31).Where(y => y != 7).Select(y => $"{y},1")) + "\n");
        var path = Write("bad.toml", Small() + $"[tables]\nreturn_duration_relative_risk = \"{Escape(table)}\"\n");
        var ex = Assert.Throws<InputException>(() => data.Inputs(ScenarioToml.Read(path)));
        Assert.Contains(table, ex.Message, StringComparison.Ordinal);
        Assert.Contains("7 years since migration is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulation_LeverPushesProbabilityAboveOne_FailsBeforeRun()
    {
        var path = Write("bad.toml", Small() + "[emigration_rate_multiplier]\nMDA = 99\n");
        var inputs = data.Inputs(ScenarioToml.Read(path));
        var ex = Assert.Throws<InputException>(() => new Core.Engine.Simulation(inputs, 1).Dispose());
        Assert.Contains("emigration_rate_multiplier.MDA", ex.Message, StringComparison.Ordinal);
        Assert.Contains("outside [0, 1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_ProbabilityOutsideUnitInterval_Rejected()
    {
        var dims = new Core.Inputs.Dimensions(["AAA"], 2010, 2011);
        var ex = Assert.Throws<InputException>(() => new Core.Inputs.LabourRates(dims, [0.5, 1.5, 0.5, 0.5], [0.9, 0.9, 0.9, 0.9], [1, 1, 1]));
        Assert.Contains("labour-force participation", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Small() => File.ReadAllText(Path.Combine(ShippedData.ScenarioDirectory, "small.toml"));

    private static string Escape(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
