using System.Text.Json.Serialization;
using Continuum.Core.Scenario;
using Continuum.Data.Scenarios;

namespace Continuum.Web.Scenarios;

/// <summary>The body of <c>POST /api/scenarios/saved</c>: a name and the levers of a run request.</summary>
/// <param name="Name">The new scenario's name: 1–40 of a–z, 0–9 and '-', distinct from every shipped and saved scenario.</param>
/// <param name="Scenario">The scenario it changes (shipped, or saved: then these levers are laid over its own).</param>
/// <param name="Seed">Seed, or null for the base's.</param>
/// <param name="Replicates">Replicates (1–20), or null for the base's.</param>
/// <param name="Compare">Ignored (accepted so that the run form's body can be saved as it is).</param>
/// <param name="Engine">Engine levers, keyed by lever name.</param>
/// <param name="Development">Development levers, keyed by lever name.</param>
public sealed record SaveScenarioRequest(string? Name, string? Scenario, ulong? Seed = null, int? Replicates = null, bool? Compare = null,
    [property: JsonConverter(typeof(EngineLeversJsonConverter))] EngineLevers? Engine = null,
    [property: JsonConverter(typeof(DevelopmentLeversJsonConverter))] DevelopmentLevers? Development = null)
{
    /// <summary>The levers as a run request.</summary>
    public RunRequest ToRun() => new(Scenario, Seed, Replicates, null, Engine, Development);
}
