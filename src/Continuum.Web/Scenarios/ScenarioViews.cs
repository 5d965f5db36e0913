namespace Continuum.Web.Scenarios;

/// <summary>A scenario file from the scenarios folder.</summary>
/// <param name="Name">File name without <c>.toml</c>: the only way a request names a scenario.</param>
/// <param name="Title">The scenario's own name.</param>
/// <param name="Description">The question it answers.</param>
/// <param name="Countries">Simulated countries (ISO3).</param>
/// <param name="BaseYear">First year.</param>
/// <param name="HorizonYear">Last year.</param>
/// <param name="Seed">Seed.</param>
/// <param name="Replicates">Replicates.</param>
/// <param name="SampleSize">Simulated base persons.</param>
/// <param name="Admissions">Admissions caps, persons a year, by country.</param>
/// <param name="EmigrationRateMultiplier">Emigration multipliers by country.</param>
/// <param name="ReturnHazardMultiplier">Return multipliers by country.</param>
/// <param name="Development">The development levers of its <c>[development]</c> table (and its parents').</param>
/// <param name="Saved">True for a scenario saved from the web (in the store), false for a file of the scenarios folder.</param>
/// <param name="Base">For a saved scenario, the scenario file it changes; else null.</param>
public sealed record ScenarioView(string Name, string Title, string Description, IReadOnlyList<string> Countries, int BaseYear, int HorizonYear,
    ulong Seed, int Replicates, long SampleSize, IReadOnlyDictionary<string, double> Admissions,
    IReadOnlyDictionary<string, double> EmigrationRateMultiplier, IReadOnlyDictionary<string, double> ReturnHazardMultiplier,
    DevelopmentSettings Development, bool Saved = false, string? Base = null);

/// <summary>A request to run a scenario with changed levers (the body of <c>POST /api/runs</c>).</summary>
/// <param name="Scenario">Scenario name from <c>GET /api/scenarios</c>.</param>
/// <param name="Seed">Seed override, or null.</param>
/// <param name="Replicates">Replicates override (1–20), or null.</param>
/// <param name="Admissions">Admissions caps by country (persons a year, 0–1e9).</param>
/// <param name="EmigrationRateMultiplier">Emigration multipliers by country (0–100).</param>
/// <param name="ReturnHazardMultiplier">Return multipliers by country (0–100).</param>
/// <param name="Compare">Also run the unchanged scenario with the same seed and replicates, for comparison.</param>
/// <param name="Development">Development levers (the <c>[development]</c> table), or null.</param>
public sealed record RunRequest(string? Scenario, ulong? Seed, int? Replicates, Dictionary<string, double>? Admissions,
    Dictionary<string, double>? EmigrationRateMultiplier, Dictionary<string, double>? ReturnHazardMultiplier, bool? Compare = null,
    DevelopmentSettings? Development = null);

/// <summary>What a run job simulates.</summary>
/// <param name="Scenario">The scenario with the request's levers.</param>
/// <param name="Baseline">The unchanged scenario (same seed and replicates), or null when no comparison was asked.</param>
/// <param name="Toml">The scenario file that reproduces <paramref name="Scenario"/>.</param>
/// <param name="LeverFile">The temporary scenario file the run loads; deleted when the run ends.</param>
/// <param name="Request">The request with a saved scenario's levers laid under it, naming the shipped base scenario.</param>
public sealed record RunPlan(Continuum.Core.Scenario.ScenarioDefinition Scenario, Continuum.Core.Scenario.ScenarioDefinition? Baseline, string Toml, string LeverFile,
    RunRequest Request);

/// <summary>A finished run as the page charts it.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Seed">Seed used.</param>
/// <param name="Replicates">Replicates run.</param>
/// <param name="ScenarioToml">A scenario file that reproduces the run with <c>continuum run</c> (save it in the scenarios folder).</param>
/// <param name="Measures">Per measure, one line per country.</param>
/// <param name="Baseline">The same for the unchanged scenario, or null.</param>
/// <param name="RunId">The run's id in the store (<c>GET /api/runs/{id}</c>).</param>
/// <param name="BaselineRunId">The unchanged scenario's run id, or null.</param>
public sealed record RunResultView(string Scenario, ulong Seed, int Replicates, string ScenarioToml, IReadOnlyList<RunMeasure> Measures,
    IReadOnlyList<RunMeasure>? Baseline, string? RunId = null, string? BaselineRunId = null);

/// <summary>One measure of a run.</summary>
/// <param name="Name">e.g. <c>population</c>.</param>
/// <param name="Lines">One line per country.</param>
public sealed record RunMeasure(string Name, IReadOnlyList<RunLine> Lines);

/// <summary>A country's values over the years: the mean over replicates and the lowest and highest replicate (the band).</summary>
/// <param name="Country">ISO3.</param>
/// <param name="Years">Years.</param>
/// <param name="Mean">Mean over replicates, persons (a share for tertiary_share_25plus).</param>
/// <param name="Low">Lowest replicate.</param>
/// <param name="High">Highest replicate.</param>
public sealed record RunLine(string Country, IReadOnlyList<int> Years, IReadOnlyList<double> Mean, IReadOnlyList<double> Low, IReadOnlyList<double> High);
