using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Core.Output;
using Continuum.Core.Scenario;

namespace Continuum.Data.Simulation;

/// <summary>A finished run: the scenario, its inputs and one result per replicate.</summary>
public sealed record ScenarioRun(Scenario Scenario, SimulationInputs Inputs, IReadOnlyList<SimulationResult> Replicates, int Threads)
{
    /// <summary>Runs every replicate of <paramref name="scenario"/> on <paramref name="threads"/> threads.</summary>
    /// <param name="scenario">The scenario (seed already overridden if asked).</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="progress">Gets (replicate, year) after each simulated year.</param>
    /// <param name="cancellationToken">Stops the run between years.</param>
    public static ScenarioRun Execute(Scenario scenario, int threads, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // The development step (issue 5) runs in the engine's pipeline; the levers were checked when the scenario was read.
        var inputs = Development.ScenarioSide.Load(scenario).Inputs;
        var results = new List<SimulationResult>();
        using var simulation = new Core.Engine.Simulation(inputs, threads);
        for (var r = 0; r < scenario.Replicates; r++)
        {
            var replicate = r;
            var reporter = progress is null ? null : new Reporter(year => progress(replicate, year));
            results.Add(simulation.Run(r, reporter, cancellationToken));
        }

        return new ScenarioRun(scenario, inputs, results, threads);
    }

    /// <summary>Per-country aggregates of every replicate, in a stable order.</summary>
    public List<CountryYear> CountryYears() => Replicates.SelectMany(RunAggregates.CountryYears).ToList();

    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
