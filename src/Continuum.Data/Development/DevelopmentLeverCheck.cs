using Continuum.Core.Inputs;
using Continuum.Core.Scenario;

namespace Continuum.Data.Development;

/// <summary>
/// Checks a scenario file's <c>[development]</c> levers without running it: the levers are read by
/// <see cref="DevelopmentLeverFile"/> and applied to freshly loaded defaults by <see cref="DevelopmentLeverApplier"/>
/// (the same code the run uses), and the extra-admissions years are checked against the run's years (<see cref="ExtraAdmissionsBuilder.Years"/>, as the run checks them). Used where a
/// lever error must surface before a run is queued (the web dashboard).
/// </summary>
public static class DevelopmentLeverCheck
{
    /// <summary>
    /// Throws an <see cref="InputException"/> naming the lever (e.g. <c>development.remittance_cost.USA-XXX</c>) when a
    /// lever of <paramref name="scenario"/>'s file is out of range or names a country or corridor outside the scenario.
    /// </summary>
    /// <param name="scenario">The scenario, read from its file (<see cref="ScenarioDefinition.SourceFile"/>).</param>
    /// <param name="dataDirectory">The data folder (default: shipped).</param>
    /// <returns>The levers that were checked.</returns>
    public static IReadOnlyList<DevelopmentLever> Check(ScenarioDefinition scenario, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var levers = DevelopmentLeverFile.Read(scenario.SourceFile);
        if (levers.Count == 0)
        {
            return levers;
        }

        var countries = scenario.Countries.ToList();
        if (scenario.RestOfWorld)
        {
            countries.Add(Dimensions.RestOfWorld);
        }

        DevelopmentLeverApplier.Apply(DevelopmentDataLoader.Load(countries, scenario.BaseYear, dataDirectory), levers);
        ExtraAdmissionsBuilder.Years(levers, scenario.BaseYear, scenario.HorizonYear);
        return levers;
    }
}
