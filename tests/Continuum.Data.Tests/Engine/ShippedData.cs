using Continuum.Core;
using Continuum.Core.Inputs;
using Continuum.Core.Scenario;
using Continuum.Data.Demography;
using Continuum.Data.IO;
using Continuum.Data.Simulation;

namespace Continuum.Data.Tests.Engine;

/// <summary>The shipped data, read once per test class that uses it.</summary>
public sealed class ShippedData
{
    private readonly Lazy<WppDemography> _wpp = new(WppDemography.LoadShipped);

    /// <summary>The repository's scenarios folder.</summary>
    public static string ScenarioDirectory => Path.Combine(Path.GetDirectoryName(DataPaths.DataDirectory())!, "scenarios");

    /// <summary>A shipped scenario by file name.</summary>
    public static ScenarioDefinition Scenario(string file) => ScenarioFile.Read(Path.Combine(ScenarioDirectory, file));

    /// <summary>Inputs for <paramref name="scenario"/>.</summary>
    public SimulationInputs Inputs(ScenarioDefinition scenario) => SimulationInputLoader.Load(scenario, wpp: _wpp.Value);

    /// <summary>The WPP tables.</summary>
    public WppDemography Wpp => _wpp.Value;
}
