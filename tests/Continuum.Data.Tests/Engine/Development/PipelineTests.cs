using Continuum.Core;
using Continuum.Data.Development;
using Continuum.Data.Simulation;

namespace Continuum.Data.Tests.Engine.Development;

/// <summary>The development step inside the engine's pipeline, and the shipped development scenarios.</summary>
public sealed class PipelineTests
{
    [Fact]
    public void Engine_OneAndTwoThreads_IdenticalDevelopmentSums()
    {
        var side = ScenarioSide.Load(ShippedData.Scenario("small.toml") with { SampleSize = 50_000 });
        Core.Output.SimulationResult RunWith(int threads)
        {
            using var simulation = new Core.Engine.Simulation(side.Inputs, threads, chunkSize: 4096);
            return simulation.Run(0, cancellationToken: TestContext.Current.CancellationToken);
        }

        var one = RunWith(1).Development!;
        var two = RunWith(2).Development!;
        for (var y = 0; y < one.Years.Length; y++)
        {
            Assert.Equal(one.Years[y].EarningsUsd, two.Years[y].EarningsUsd);
            Assert.Equal(one.Years[y].EffectiveLabour, two.Years[y].EffectiveLabour);
            Assert.Equal(one.Years[y].RemittancesReceivedUsd, two.Years[y].RemittancesReceivedUsd);
            Assert.Equal(one.Years[y].Underemployed, two.Years[y].Underemployed);
        }

        Assert.True(one.Years[^1].EarningsUsd.All(v => v > 0));
    }

    [Theory]
    [InlineData("canada-plus-100k.toml")]
    [InlineData("credential-recognition.toml")]
    [InlineData("remittance-cost-3pct.toml")]
    [InlineData("eastern-europe-return.toml")]
    public void ShippedScenario_Read_ExtendsBaselineAndEveryLeverIsValid(string file)
    {
        var scenario = ShippedData.Scenario(file);
        var baseline = ShippedData.Scenario("baseline.toml");
        Assert.Equal(baseline.Countries, scenario.Countries);
        Assert.Equal(baseline.BaseYear, scenario.BaseYear);
        Assert.NotEqual(Core.Scenario.DevelopmentLevers.None, scenario.Development);
        var countries = scenario.Countries.Append("ROW").ToList();
        var applied = DevelopmentDataLoader.Load(countries, scenario.BaseYear).WithLevers(scenario.Development);
        Assert.NotNull(applied);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Description));
    }

    [Fact]
    public void ScenarioToml_DevelopmentTableWithBadLever_FailsOnReadingNamingFileLineAndLever()
    {
        var dir = Directory.CreateTempSubdirectory("h6-bad").FullName;
        try
        {
            var path = Path.Combine(dir, "bad.toml");
            File.WriteAllText(path, File.ReadAllText(Path.Combine(ShippedData.ScenarioDirectory, "small.toml"))
                + "\n[development]\nremittance_cost = { \"MDA-USA\" = 0.03 }\n");
            var ex = Assert.Throws<InputException>(() => Continuum.Data.Scenarios.ScenarioToml.Read(path));
            Assert.Equal(path, ex.File);
            Assert.Equal(14, ex.Line);
            Assert.Equal("development.remittance_cost.MDA-USA", ex.Field);
            Assert.Contains("MDA-USA", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
