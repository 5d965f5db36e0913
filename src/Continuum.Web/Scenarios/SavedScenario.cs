using System.Text.Json;

namespace Continuum.Web.Scenarios;

/// <summary>A scenario saved from the web.</summary>
/// <param name="Name">Its name (<see cref="SavedScenarios.IsName"/>), distinct from every shipped scenario.</param>
/// <param name="Base">The shipped scenario it changes.</param>
/// <param name="Toml">The lever file that reproduces it (it <c>extends</c> the shipped base).</param>
/// <param name="RequestJson">The levers as the run request's JSON, merged under a run's own levers when it is run by name.</param>
/// <param name="CreatedUtc">When it was saved (UTC).</param>
public sealed record SavedScenario(string Name, string Base, string Toml, string RequestJson, DateTime CreatedUtc)
{
    /// <summary>The saved levers as a run request on <see cref="Base"/>.</summary>
    public RunRequest Request() => (JsonSerializer.Deserialize<RunRequest>(RequestJson, JsonSerializerOptions.Web) ?? new RunRequest(Base, null, null, null, null, null))
        with { Scenario = Base, Compare = null };
}
