using BenchmarkDotNet.Attributes;
using Continuum.Data.Demography;
using Continuum.Models.Projection;

namespace Continuum.Benchmarks;

/// <summary>
/// Cohort-component projection of every WPP 2019 location shipped (32; WPP 2019 has no Kosovo) from 2020 to
/// 2100 in single years (1-year steps, ages 0..100+). Inputs are built once in the setup; the benchmark
/// times the projection only.
/// </summary>
[MemoryDiagnoser]
public class ProjectionBenchmarks
{
    private ProjectionInputs[] _inputs = [];

    /// <summary>Loads the shipped WPP data and builds the inputs of every location.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var wpp = WppDemography.LoadShipped();
        _inputs = wpp.Locations.All
            .Where(l => wpp.HasPopulation(l.Code, 2020))
            .Select(l => wpp.Inputs(l, 2020, 2100, MigrationAssumption.Medium))
            .ToArray();
    }

    /// <summary>All locations, 2020–2100, 1-year steps; returns the sum of the 2100 totals.</summary>
    [Benchmark]
    public double AllLocationsSingleYears2020To2100()
    {
        var sum = 0.0;
        foreach (var inputs in _inputs)
        {
            var result = CohortComponentProjection.Project(inputs, 2100, ProjectionStep.OneYear);
            sum += result.Total(result.YearCount - 1);
        }

        return sum;
    }

    /// <summary>All locations, 2020–2100, 5-year steps (the UN method).</summary>
    [Benchmark]
    public double AllLocationsFiveYearSteps2020To2100()
    {
        var sum = 0.0;
        foreach (var inputs in _inputs)
        {
            var result = CohortComponentProjection.Project(inputs, 2100, ProjectionStep.FiveYears);
            sum += result.Total(result.YearCount - 1);
        }

        return sum;
    }
}
