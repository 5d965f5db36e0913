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
public sealed record ScenarioSide(Scenario Scenario, SimulationInputs Inputs, DevelopmentParameters Development, IReadOnlyList<ExtraAdmissions> ExtraAdmissions)
{
    /// <summary>
    /// Loads <paramref name="scenario"/>'s inputs and development parameters and applies its levers, without modifying
    /// anything once loaded: <see cref="DevelopmentParameters.WithLevers"/>, <see cref="EducationResponse.Apply"/> and
    /// <see cref="ExtraAdmissionsPlan.Build"/> return copies. The levers were validated when the scenario was read.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="dataDirectory">The data folder (default: shipped).</param>
    public static ScenarioSide Load(Scenario scenario, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var data = dataDirectory ?? DataPaths.DataDirectory();
        var loaded = SimulationInputLoader.Load(scenario, data);
        var dims = loaded.Dimensions;
        var development = DevelopmentDataLoader.Load(dims.Countries, dims.BaseYear, data).WithLevers(scenario.Development);
        var inputs = EducationResponse.Apply(loaded, development.Return);
        var extra = ExtraAdmissionsBuilder.Build(inputs, scenario.Development, data);
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
