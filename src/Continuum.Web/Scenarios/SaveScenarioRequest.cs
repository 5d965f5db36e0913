namespace Continuum.Web.Scenarios;

/// <summary>The body of <c>POST /api/scenarios/saved</c>: a name and the levers of a run request.</summary>
/// <param name="Name">The new scenario's name: 1–40 of a–z, 0–9 and '-', distinct from every shipped and saved scenario.</param>
/// <param name="Scenario">The scenario it changes (shipped, or saved: then its levers are laid under these).</param>
/// <param name="Seed">Seed, or null for the base's.</param>
/// <param name="Replicates">Replicates (1–20), or null for the base's.</param>
/// <param name="Admissions">Admissions caps by country (persons a year).</param>
/// <param name="EmigrationRateMultiplier">Emigration multipliers by country.</param>
/// <param name="ReturnHazardMultiplier">Return multipliers by country.</param>
/// <param name="Compare">Ignored (accepted so that the run form's body can be saved as it is).</param>
/// <param name="Development">Development levers.</param>
public sealed record SaveScenarioRequest(string? Name, string? Scenario, ulong? Seed, int? Replicates, Dictionary<string, double>? Admissions,
    Dictionary<string, double>? EmigrationRateMultiplier, Dictionary<string, double>? ReturnHazardMultiplier, bool? Compare = null,
    DevelopmentSettings? Development = null)
{
    /// <summary>The levers as a run request.</summary>
    public RunRequest ToRun() => new(Scenario, Seed, Replicates, Admissions, EmigrationRateMultiplier, ReturnHazardMultiplier, null, Development);
}
