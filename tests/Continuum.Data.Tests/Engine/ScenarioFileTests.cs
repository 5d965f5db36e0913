using Continuum.Core;
using Continuum.Core.Engine;
using Continuum.Data.Simulation;

namespace Continuum.Data.Tests.Engine;

/// <summary>Scenario files: inheritance, and bad input that must fail before a run with file, line and key.</summary>
public sealed class ScenarioFileTests(ShippedData data) : IClassFixture<ShippedData>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("continuum-scenario-").FullName;

    [Fact]
    public void Read_ShippedBaseline_HasEightCountriesAndRestOfWorld()
    {
        var baseline = ShippedData.Scenario("baseline.toml");
        Assert.Equal(["CAN", "USA", "PHL", "MEX", "IND", "ROU", "POL", "MDA"], baseline.Countries);
        Assert.True(baseline.RestOfWorld);
        Assert.Equal(64, baseline.Hash.Length);
    }

    [Fact]
    public void Read_Extends_InheritsAndOverrides()
    {
        var path = Write("child.toml", $"extends = \"{Escape(Path.Combine(ShippedData.ScenarioDirectory, "small.toml"))}\"\nseed = 7\n[admissions]\nMDA = 1000\n");
        var child = ScenarioFile.Read(path);
        Assert.Equal(["MDA", "ROU"], child.Countries);
        Assert.Equal(7UL, child.Seed);
        Assert.Equal(1000, child.Admissions["MDA"]);
        Assert.NotEqual(ShippedData.Scenario("small.toml").Hash, child.Hash);
    }

    [Theory]
    [InlineData("colour = 3\n", ":12:", "colour")]
    [InlineData("[emigration_rate_multiplier]\nXYZ = 1.2\n", ":13:", "emigration_rate_multiplier.XYZ")]
    [InlineData("[admissions]\nCAN = 1000\n", ":13:", "admissions.CAN")]
    [InlineData("[return_hazard_multiplier]\nMDA = -1\n", ":13:", "return_hazard_multiplier.MDA")]
    [InlineData("[tables]\nreturn_duration_relative_risk = \"nowhere.csv\"\n", ":13:", "tables.return_duration_relative_risk")]
    [InlineData("[vintages]\npopulation = \"wpp2024\"\n", ":13:", "vintages.population")]
    public void Read_BadKeyOrValue_FailsNamingFileLineAndKey(string extra, string line, string key)
    {
        var path = Write("bad.toml", Small() + extra);
        var ex = Assert.Throws<InputException>(() => ScenarioFile.Read(path));
        Assert.Contains(path + line, ex.Message, StringComparison.Ordinal);
        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownCountry_FailsNamingCountriesLine()
    {
        var path = Write("bad.toml", Small().Replace("[\"MDA\", \"ROU\"]", "[\"MDA\", \"ATL\"]", StringComparison.Ordinal));
        var ex = Assert.Throws<InputException>(() => ScenarioFile.Read(path));
        Assert.Contains(path + ":5:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown country 'ATL'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HorizonBeforeBaseYear_Fails()
    {
        var path = Write("bad.toml", Small().Replace("horizon = 2020", "horizon = 2005", StringComparison.Ordinal));
        var ex = Assert.Throws<InputException>(() => ScenarioFile.Read(path));
        Assert.Contains("horizon", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not after the base year", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DurationTableMissingARow_FailsNamingTheRow()
    {
        var table = Write("durations.csv", "years_since_migration,relative_risk\n" + string.Join("\n", Enumerable.Range(0, 31).Where(y => y != 7).Select(y => $"{y},1")) + "\n");
        var path = Write("bad.toml", Small() + $"[tables]\nreturn_duration_relative_risk = \"{Escape(table)}\"\n");
        var ex = Assert.Throws<InputException>(() => data.Inputs(ScenarioFile.Read(path)));
        Assert.Contains(table, ex.Message, StringComparison.Ordinal);
        Assert.Contains("7 years since migration is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulation_LeverPushesProbabilityAboveOne_FailsBeforeRun()
    {
        var path = Write("bad.toml", Small() + "[emigration_rate_multiplier]\nMDA = 99\n");
        var inputs = data.Inputs(ScenarioFile.Read(path));
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
