using Continuum.Core.Development;
using Continuum.Data.Simulation;
using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Simulation;

/// <summary>Opens the store named by --store (or the default) for the run commands.</summary>
public static class RunStoreCli
{
    /// <summary>
    /// Opens the store read-only for <c>runs list|show|export|compare</c> (see <see cref="ContinuumStore.OpenForReading"/>);
    /// a store without the run tables gets them first. Read it with <see cref="RunStore.ForReading"/>.
    /// </summary>
    public static ContinuumStore OpenForReading(string? storePath) =>
        ContinuumStore.OpenForReading(storePath, s => !HasRunTables(s), s => _ = new RunStore(s));

    /// <summary>Saves <paramref name="run"/> with its development indicators (computed from the run when <paramref name="indicators"/> is null) and returns its id.</summary>
    public static string Save(string? storePath, ScenarioRun run, IReadOnlyList<RunIndicators>? indicators = null)
    {
        using var store = ContinuumStore.Open(storePath);
        return new RunStore(store).Save(run, indicators);
    }

    private static bool HasRunTables(ContinuumStore store) => Convert.ToInt64(store.Scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name IN ('runs', 'run_results', 'run_corridors', 'run_indicators')"),
        System.Globalization.CultureInfo.InvariantCulture) == 4;
}
