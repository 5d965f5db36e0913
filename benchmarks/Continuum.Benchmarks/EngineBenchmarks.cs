using BenchmarkDotNet.Attributes;
using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Data.IO;
using Continuum.Data.Simulation;

namespace Continuum.Benchmarks;

/// <summary>
/// The microsimulation engine on the shipped baseline scenario (8 countries and the rest of the world)
/// with 200,000 simulated base persons: a whole 10-year run on 1 and 2 threads, and one steady-state
/// simulated year (the [MemoryDiagnoser] column of <see cref="OneSteadyStateYear"/> shows 0 B allocated).
/// Inputs are loaded once in the setup.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private SimulationInputs _inputs = null!;
    private SimulationInputs _tenYears = null!;
    private Simulation? _stepping;

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Loads the baseline's inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetDirectoryName(DataPaths.DataDirectory())!, "scenarios", "baseline.toml");
        var scenario = Continuum.Data.Scenarios.ScenarioToml.Read(path) with { SampleSize = 200_000, HorizonYear = 2050 };
        _inputs = SimulationInputLoader.Load(scenario);
        _tenYears = SimulationInputLoader.Load(scenario with { HorizonYear = scenario.BaseYear + 10 });
    }

    /// <summary>Base population and ten simulated years; returns the person-years simulated.</summary>
    [Benchmark]
    public long TenYears()
    {
        using var simulation = new Simulation(_tenYears, Threads);
        return simulation.Run(0).PersonYears;
    }

    /// <summary>Starts a run and warms it up for five years before each invocation of <see cref="OneSteadyStateYear"/>.</summary>
    [IterationSetup(Target = nameof(OneSteadyStateYear))]
    public void StartSteppingRun()
    {
        _stepping?.Dispose();
        _stepping = new Simulation(_inputs, Threads);
        _stepping.Start(0);
        for (var y = 0; y < 5; y++)
        {
            _stepping.StepYear();
        }
    }

    /// <summary>One simulated year in steady state.</summary>
    [Benchmark]
    [InvocationCount(1)]
    public bool OneSteadyStateYear() => _stepping!.StepYear();

    /// <summary>Stops the worker threads.</summary>
    [GlobalCleanup]
    public void Cleanup() => _stepping?.Dispose();
}
