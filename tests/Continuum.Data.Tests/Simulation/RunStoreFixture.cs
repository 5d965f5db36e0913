using Continuum.Core.Scenario;
using Continuum.Data.IO;
using Continuum.Data.Simulation;

namespace Continuum.Data.Tests.Simulation;

/// <summary>Short runs of the small scenario (2010–2012), simulated once for the run-store tests.</summary>
public sealed class RunStoreFixture
{
    private readonly Lazy<ScenarioRun> _seed42 = new(() => Run(42, 2));
    private readonly Lazy<ScenarioRun> _seed43 = new(() => Run(43, 2));

    /// <summary>Seed 42, two replicates.</summary>
    public ScenarioRun Seed42 => _seed42.Value;

    /// <summary>Seed 43, two replicates.</summary>
    public ScenarioRun Seed43 => _seed43.Value;

    /// <summary>The small scenario ending in 2012 with the given seed and replicates.</summary>
    public static Scenario Small(ulong seed, int replicates) =>
        Continuum.Data.Scenarios.ScenarioToml.Read(Path.Combine(Path.GetDirectoryName(DataPaths.DataDirectory())!, "scenarios", "small.toml"))
            with { HorizonYear = 2012, Seed = seed, Replicates = replicates };

    private static ScenarioRun Run(ulong seed, int replicates) => ScenarioRun.Execute(Small(seed, replicates), 2);
}
