using Continuum.Core.Development;
using Continuum.Data.Simulation;
using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Simulation;

/// <summary>Opens the store named by --store (or the default) for the run commands.</summary>
public static class RunStoreCli
{
    /// <summary>Saves <paramref name="run"/> with its development indicators (computed from the run when <paramref name="indicators"/> is null) and returns its id.</summary>
    public static string Save(string? storePath, ScenarioRun run, IReadOnlyList<RunIndicators>? indicators = null)
    {
        using var store = ContinuumStore.Open(storePath);
        return new RunStore(store).Save(run, indicators);
    }
}
