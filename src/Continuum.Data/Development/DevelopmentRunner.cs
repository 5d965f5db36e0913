using Continuum.Core.Development;
using Continuum.Core.Output;

namespace Continuum.Data.Development;

/// <summary>One replicate with its development outcome and indicators.</summary>
/// <param name="Result">The engine's result.</param>
/// <param name="Development">Earnings, effective labour and remittance sums by year.</param>
/// <param name="Indicators">The compared indicators.</param>
public sealed record ReplicateOutcome(SimulationResult Result, DevelopmentResult Development, RunIndicators Indicators);

/// <summary>
/// Runs one replicate of a scenario whose inputs carry the development step (<see cref="ScenarioSide"/>): the engine
/// calibrates on the base population, runs <see cref="DevelopmentProcess"/> in its parallel pipeline right after
/// labour, and adds the extra admissions after each year's events (residents from the next census on).
/// </summary>
public static class DevelopmentRunner
{
    /// <summary>Runs replicate <paramref name="replicate"/> of <paramref name="side"/> on <paramref name="threads"/> engine threads.</summary>
    public static ReplicateOutcome Run(ScenarioSide side, int replicate, int threads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(side);
        using var simulation = new Core.Engine.Simulation(side.Inputs, threads);
        var result = simulation.Run(replicate, cancellationToken: cancellationToken);
        var development = result.Development ?? throw new InvalidOperationException("the inputs carry no development parameters");
        return new ReplicateOutcome(result, development, RunIndicators.Compute(result, development, side.Development));
    }
}
