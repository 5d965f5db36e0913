using Continuum.Core;
using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Core.Output;

namespace Continuum.Data.Tests.Engine;

/// <summary>Runs the engine in tests.</summary>
internal static class EngineRun
{
    public static SimulationResult Run(SimulationInputs inputs, int threads = 1, int chunkSize = 512, int replicate = 0)
    {
        using var simulation = new Core.Engine.Simulation(inputs, threads, chunkSize);
        return simulation.Run(replicate, cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>True when every table of the two results is identical.</summary>
    public static bool Identical(SimulationResult a, SimulationResult b)
    {
        for (var y = 0; y < a.Cells.Length; y++)
        {
            if (!a.Cells[y].AsSpan().SequenceEqual(b.Cells[y]) || !a.CorridorStock[y].AsSpan().SequenceEqual(b.CorridorStock[y]) ||
                !a.CorridorMoves[y].AsSpan().SequenceEqual(b.CorridorMoves[y]) || !a.CorridorReturns[y].AsSpan().SequenceEqual(b.CorridorReturns[y]))
            {
                return false;
            }
        }

        return a.PersonYears == b.PersonYears;
    }
}
