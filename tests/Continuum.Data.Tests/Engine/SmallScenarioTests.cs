using System.Text;
using Continuum.Core;
using Continuum.Core.Engine;
using Continuum.Data.Simulation;

namespace Continuum.Data.Tests.Engine;

/// <summary>The shipped small scenario end to end: reproducibility of the CSV output.</summary>
public sealed class SmallScenarioTests(ShippedData data) : IClassFixture<ShippedData>
{
    [Fact]
    public void Run_SmallScenarioTwiceSameSeed_ByteIdenticalCsv()
    {
        var inputs = data.Inputs(ShippedData.Scenario("small.toml"));
        Assert.Equal(Csv(inputs, threads: 1), Csv(inputs, threads: 1));
    }

    [Fact]
    public void Run_SmallScenarioOneAndTwoThreads_ByteIdenticalCsv()
    {
        var inputs = data.Inputs(ShippedData.Scenario("small.toml"));
        Assert.Equal(Csv(inputs, threads: 1), Csv(inputs, threads: 2));
    }

    [Fact]
    public void Run_SmallScenarioOtherSeed_DifferentCsv()
    {
        var scenario = ShippedData.Scenario("small.toml");
        Assert.NotEqual(Csv(data.Inputs(scenario), 2), Csv(data.Inputs(scenario with { Seed = scenario.Seed + 1 }), 2));
    }

    [Fact]
    public void Run_SmallScenario_BasePopulationMatchesWpp()
    {
        // WPP 2019 population of Moldova on 1 July 2010: 4,084 thousand (wpp2019/population_by_age_sex.csv, sum of groups).
        // The simulated base population is rounded at random per single age: expect it within 0.5%.
        var inputs = data.Inputs(ShippedData.Scenario("small.toml"));
        using var simulation = new Core.Engine.Simulation(inputs, 2);
        var result = simulation.Run(0, cancellationToken: TestContext.Current.CancellationToken);
        var moldova = Core.Output.SimulationResult.Persons(result.Total(0, inputs.Dimensions.IndexOf("MDA"), Core.Output.Measure.Population));
        var wpp = data.Wpp.PopulationInAges(498, 2010, 0, 100);
        Assert.InRange(moldova / wpp, 0.995, 1.005);
    }

    private static string Csv(Core.Inputs.SimulationInputs inputs, int threads)
    {
        using var simulation = new Core.Engine.Simulation(inputs, threads);
        var sb = new StringBuilder();
        foreach (var row in RunAggregates.CountryYears(simulation.Run(0, cancellationToken: TestContext.Current.CancellationToken)))
        {
            sb.Append(row.CsvLine()).Append('\n');
        }

        return sb.ToString();
    }
}
