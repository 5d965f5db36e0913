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
    public static Core.Scenario.Scenario Scenario(string file) => Continuum.Data.Scenarios.ScenarioToml.Read(Path.Combine(ScenarioDirectory, file));

    /// <summary>
    /// <paramref name="scenario"/> with the development levers of <paramref name="development"/> (the body of a
    /// <c>[development]</c> table), read and validated by the scenario reader against the scenario's countries and years.
    /// </summary>
    public static Core.Scenario.Scenario WithDevelopment(Core.Scenario.Scenario scenario, string development) => scenario with
    {
        Development = Continuum.Data.Scenarios.ScenarioToml.Parse(Continuum.Data.Scenarios.ScenarioToml.Write(scenario) + "\n[development]\n" + development, "test").Development,
    };

    /// <summary>Inputs for <paramref name="scenario"/>.</summary>
    public SimulationInputs Inputs(Core.Scenario.Scenario scenario) => SimulationInputLoader.Load(scenario, wpp: _wpp.Value);

    /// <summary>The WPP tables.</summary>
    public WppDemography Wpp => _wpp.Value;
}
