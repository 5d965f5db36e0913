using Continuum.Core.Scenario;

namespace Continuum.Web.Scenarios;

/// <summary>A scenario saved from the web: the effective scenario (its base with the saved levers laid over it).</summary>
/// <param name="Name">Its name (<see cref="SavedScenarios.IsName"/>), distinct from every shipped scenario.</param>
/// <param name="Base">The scenario it changed.</param>
/// <param name="Scenario">The effective scenario, as run.</param>
/// <param name="CreatedUtc">When it was saved (UTC).</param>
public sealed record SavedScenario(string Name, string Base, Scenario Scenario, DateTime CreatedUtc);
