using Continuum.Core.Development;
using Continuum.Core.Inputs;
using Continuum.Core.Scenario;
using Continuum.Data.IO;
using Continuum.Data.Simulation;

namespace Continuum.Data.Development;

/// <summary>One scenario of a comparison, loaded and validated: its definition, engine inputs and development parameters.</summary>
/// <param name="Scenario">The scenario (replicates and seed as run).</param>
/// <param name="Inputs">Engine inputs with the development step, extra admissions and the development levers that act through the engine.</param>
/// <param name="Development">Development parameters with levers applied.</param>
/// <param name="ExtraAdmissions">Extra admissions added by the runner after each year's events.</param>
public sealed record ScenarioSide(ScenarioDefinition Scenario, SimulationInputs Inputs, DevelopmentParameters Development, IReadOnlyList<ExtraAdmissions> ExtraAdmissions)
{
    /// <summary>Reads, loads and validates <paramref name="scenario"/> (every lever is checked here, before any run).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="dataDirectory">The data folder (default: shipped).</param>
    /// <param name="keep">Keeps only the <c>[development]</c> levers it accepts (default: all).</param>
    public static ScenarioSide Load(ScenarioDefinition scenario, string? dataDirectory = null, Func<DevelopmentLever, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var data = dataDirectory ?? DataPaths.DataDirectory();
        var levers = DevelopmentLeverFile.Read(scenario.SourceFile).Where(l => keep?.Invoke(l) ?? true).ToList();
        var inputs = SimulationInputLoader.Load(scenario, data);
        var development = DevelopmentScenario.Load(scenario, inputs, data, levers);
        var extra = ExtraAdmissionsBuilder.Build(inputs, levers, data);
        var withDevelopment = WithDevelopment(inputs, development, extra);

        // Constructing an engine checks the levers' combined move probabilities now, not inside a parallel run.
        new Core.Engine.Simulation(withDevelopment, 1).Dispose();
        return new ScenarioSide(scenario, withDevelopment, development, extra);
    }

    /// <summary>A copy of <paramref name="inputs"/> that runs the development step and the extra admissions in the engine.</summary>
    public static SimulationInputs WithDevelopment(SimulationInputs inputs, DevelopmentParameters development, IReadOnlyList<ExtraAdmissions> extra)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs with { Development = development, ExtraAdmissions = extra };
    }
}
