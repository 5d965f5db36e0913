using Continuum.Core;
using Continuum.Core.Engine;
using Continuum.Core.Output;
using Continuum.Data.Demography;
using Continuum.Models.Projection;

namespace Continuum.Data.Tests.Engine;

/// <summary>
/// With migration off, the microsimulation is a stochastic version of the 1-year cohort-component
/// projection (same WPP 2019 rates, same single-year life tables, same birth convention), so its 2050
/// population by sex and 5-year age group must agree with the deterministic projection within sampling error.
/// </summary>
public sealed class ProjectionAgreementTests(ShippedData data) : IClassFixture<ShippedData>
{
    [Fact]
    public void Simulation_MigrationOff2050_AgreesWithCohortComponentProjection()
    {
        // Test: z = (simulated − projected) / sqrt(2 · w · projected) for each sex and age group 0–4 … 80–84, 85+
        // of each country (w = persons per simulated person; w · projected bounds the variance of a weighted
        // count of independent survivors, doubled for the extra variance of persons born during the run).
        // Reject if any |z| > 4.5: under the null each cell fails with probability 6.8e-6, so the
        // family-wise false-alarm rate over the 72 cells is below 5e-4 (Bonferroni).
        var scenario = ShippedData.Scenario("small.toml") with
        {
            Countries = ["CAN", "PHL"], RestOfWorld = false, Migration = false, HorizonYear = 2050, SampleSize = 300_000,
        };
        var inputs = data.Inputs(scenario);
        using var simulation = new Core.Engine.Simulation(inputs, 2);
        var result = simulation.Run(0, cancellationToken: TestContext.Current.CancellationToken);
        var worst = 0.0;
        foreach (var iso3 in scenario.Countries)
        {
            var c = inputs.Dimensions.IndexOf(iso3);
            var projection = Project(iso3);
            var weight = inputs.Base.WeightUnits[c] / 256.0;
            for (var s = 0; s < 2; s++)
            {
                var single = projection.Population(projection.YearIndex(2050), (Sex)s);
                for (var g = 0; g < ResultLayout.AgeGroups; g++)
                {
                    var projected = 0.0;
                    for (var age = g * 5; age < (g == ResultLayout.AgeGroups - 1 ? single.Length : (g * 5) + 5); age++)
                    {
                        projected += single[age];
                    }

                    var simulated = Simulated(result, 2050 - scenario.BaseYear, c, s, g);
                    var z = (simulated - projected) / Math.Sqrt(2 * weight * projected);
                    worst = Math.Max(worst, Math.Abs(z));
                    Assert.True(Math.Abs(z) <= 4.5, $"{iso3} sex {s} group {ResultLayout.AgeGroupLabel(g)}: simulated {simulated:F0}, projected {projected:F0}, z = {z:F2}");
                }
            }
        }

        Assert.True(worst > 0);
    }

    private ProjectionResult Project(string iso3)
    {
        var inputs = data.Wpp.Inputs(data.Wpp.Locations.Resolve(iso3), 2010, 2050, MigrationAssumption.Zero);
        return CohortComponentProjection.Project(inputs, 2050, ProjectionStep.OneYear);
    }

    private static double Simulated(SimulationResult result, int yearIndex, int country, int sex, int group)
    {
        long sum = 0;
        for (var e = 0; e < ResultLayout.EducationLevels; e++)
        {
            for (var m = 0; m < ResultLayout.Statuses; m++)
            {
                sum += result.Cells[yearIndex][ResultLayout.Cell(country, sex, group, e, m) + (int)Measure.Population];
            }
        }

        return SimulationResult.Persons(sum);
    }
}
