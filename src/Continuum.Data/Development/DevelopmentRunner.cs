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
/// calibrates on the base population, runs the integration, earnings and remittance processes in its parallel pipeline
/// right after labour (<see cref="Core.Engine.ProcessPipeline.Default"/>), and adds the extra admissions after each year's events (residents from the next census on).
/// </summary>
public static class DevelopmentRunner
{
    /// <summary>Runs replicate <paramref name="replicate"/> of <paramref name="side"/> on <paramref name="threads"/> engine threads.</summary>
    public static ReplicateOutcome Run(ScenarioSide side, int replicate, int threads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(side);
        using var simulation = new Core.Engine.Simulation(side.Inputs, threads);
        var result = simulation.Run(replicate, cancellationToken: cancellationToken);
        return Outcome(side, result);
    }

    /// <summary>
    /// Runs replicate <paramref name="replicate"/> of both sides of a comparison, sharing engine work as
    /// <paramref name="plan"/> allows (<see cref="PairSharing.Plan"/>); every plan gives the same numbers.
    /// </summary>
    public static (ReplicateOutcome A, ReplicateOutcome B) RunPair(ScenarioSide a, ScenarioSide b, int replicate, int threads, PairPlan plan,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (plan == PairPlan.Separate)
        {
            return (Run(a, replicate, threads, cancellationToken), Run(b, replicate, threads, cancellationToken));
        }

        // With equal development parameters B's development step on A's persons is A's: run it once.
        var sameDevelopment = PairSharing.DevelopmentEqual(a, b);
        SimulationResult resultA;
        DevelopmentResult developmentB;
        var pipeline = Core.Engine.ProcessPipeline.Default(a.Inputs, pairedDevelopment: sameDevelopment ? null : b.Development);
        using (var shared = new Core.Engine.Simulation(a.Inputs, pipeline, threads))
        {
            resultA = shared.Run(replicate, cancellationToken: cancellationToken);
            developmentB = sameDevelopment ? resultA.Development! : pipeline.Paired!.Result;
        }

        if (plan == PairPlan.SharedEngine)
        {
            return (Outcome(a, resultA), Outcome(b, resultA.WithDevelopment(developmentB)));
        }

        using var extras = new Core.Engine.Simulation(b.Inputs, threads);
        var extraResult = extras.RunWithoutBase(replicate, developmentB.Calibration, cancellationToken);
        var resultB = SimulationResult.Sum(resultA, extraResult, DevelopmentResult.Sum(developmentB, extraResult.Development!));
        return (Outcome(a, resultA), Outcome(b, resultB));
    }

    private static ReplicateOutcome Outcome(ScenarioSide side, SimulationResult result)
    {
        var development = result.Development ?? throw new InvalidOperationException("the inputs carry no development parameters");
        return new ReplicateOutcome(result, development, RunIndicators.Compute(result, development, side.Development));
    }
}
