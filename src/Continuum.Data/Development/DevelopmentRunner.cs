using Continuum.Core;
using Continuum.Core.Development;
using Continuum.Core.Engine;
using Continuum.Core.Output;

namespace Continuum.Data.Development;

/// <summary>One replicate with its development outcome and indicators.</summary>
/// <param name="Result">The engine's result.</param>
/// <param name="Development">Earnings, effective labour and remittance sums by year.</param>
/// <param name="Indicators">The compared indicators.</param>
public sealed record ReplicateOutcome(SimulationResult Result, DevelopmentResult Development, RunIndicators Indicators);

/// <summary>
/// Runs one replicate of a scenario with the development step. Calibration runs on the base population; then each
/// simulated year is followed by the development step over the persons with that year's labour status, and by the
/// scenario's extra admissions (they are residents from the next census on).
/// </summary>
public static class DevelopmentRunner
{
    /// <summary>Runs replicate <paramref name="replicate"/> of <paramref name="side"/> on <paramref name="threads"/> engine threads.</summary>
    public static ReplicateOutcome Run(ScenarioSide side, int replicate, int threads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(side);
        var inputs = side.Inputs;
        using var simulation = new Core.Engine.Simulation(inputs, threads);
        simulation.Start(replicate);
        var runKey = Rng.RunKey(inputs.Seed, replicate);
        var process = new DevelopmentProcess(side.Development);
        var development = process.StartRun(simulation.State, inputs, runKey);
        var year = new YearContext(inputs, runKey);
        var sums = new WorkerAccumulator(new ResultLayout(inputs.Dimensions.CountryCount), inputs.Dimensions.CountryCount);
        var events = new ChunkEvents(16);
        for (var y = inputs.Dimensions.BaseYear; y <= inputs.Dimensions.HorizonYear; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            simulation.StepYear();
            year.SetYear(y);
            process.Apply(simulation.State, 0, simulation.State.Count, year, sums, events);
            process.EndYear(y - inputs.Dimensions.BaseYear, development);
            foreach (var extra in side.ExtraAdmissions)
            {
                extra.AddYear(simulation.State, y, runKey, inputs.Base.WeightUnits[extra.Host]);
            }
        }

        var result = simulation.Result;
        return new ReplicateOutcome(result, development, RunIndicators.Compute(result, development, side.Development));
    }
}
