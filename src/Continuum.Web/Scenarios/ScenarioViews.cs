using System.Text.Json.Serialization;
using Continuum.Core.Scenario;
using Continuum.Data.Scenarios;

namespace Continuum.Web.Scenarios;

/// <summary>A scenario of the scenarios folder or saved from the web, as the form shows it.</summary>
/// <param name="Name">File name without <c>.toml</c> (or the saved name): the only way a request names a scenario.</param>
/// <param name="Title">The scenario's own name.</param>
/// <param name="Description">The question it answers.</param>
/// <param name="Countries">Simulated countries (ISO3).</param>
/// <param name="Regions">Simulated regions: the countries and ROW when the rest of the world is simulated (development levers may name ROW).</param>
/// <param name="BaseYear">First year.</param>
/// <param name="HorizonYear">Last year.</param>
/// <param name="Seed">Seed.</param>
/// <param name="Replicates">Replicates.</param>
/// <param name="SampleSize">Simulated base persons.</param>
/// <param name="Engine">The engine levers, keyed by lever name (<c>GET /api/schema/levers</c>).</param>
/// <param name="Development">The development levers, keyed by lever name.</param>
/// <param name="Saved">True for a scenario saved from the web (in the store), false for a file of the scenarios folder.</param>
/// <param name="Base">For a saved scenario, the scenario it changes; else null.</param>
public sealed record ScenarioView(string Name, string Title, string Description, IReadOnlyList<string> Countries, IReadOnlyList<string> Regions,
    int BaseYear, int HorizonYear, ulong Seed, int Replicates, long SampleSize,
    [property: JsonConverter(typeof(EngineLeversJsonConverter))] EngineLevers Engine,
    [property: JsonConverter(typeof(DevelopmentLeversJsonConverter))] DevelopmentLevers Development, bool Saved = false, string? Base = null)
{
    /// <summary>The view of <paramref name="scenario"/> listed as <paramref name="name"/>.</summary>
    public static ScenarioView Of(string name, Scenario scenario, bool saved = false, string? baseName = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ScenarioView(name, scenario.Name, scenario.Description, scenario.Countries, scenario.SimulatedRegions(), scenario.BaseYear,
            scenario.HorizonYear, scenario.Seed, scenario.Replicates, scenario.SampleSize, scenario.Engine, scenario.Development, saved, baseName);
    }
}

/// <summary>A request to run a scenario with changed levers (the body of <c>POST /api/runs</c>).</summary>
/// <param name="Scenario">Scenario name from <c>GET /api/scenarios</c>.</param>
/// <param name="Seed">Seed override, or null.</param>
/// <param name="Replicates">Replicates override (1–20), or null.</param>
/// <param name="Compare">Also run the unchanged scenario with the same seed and replicates, for comparison.</param>
/// <param name="Engine">Engine levers laid over the scenario's, keyed by lever name (e.g. <c>{"admissions": {"CAN": 350000}}</c>), or null.</param>
/// <param name="Development">Development levers laid over the scenario's (keyed by the lever names of the specs, as in TOML), or null.</param>
public sealed record RunRequest(string? Scenario, ulong? Seed = null, int? Replicates = null, bool? Compare = null,
    [property: JsonConverter(typeof(EngineLeversJsonConverter))] EngineLevers? Engine = null,
    [property: JsonConverter(typeof(DevelopmentLeversJsonConverter))] DevelopmentLevers? Development = null);

/// <summary>What a run job simulates.</summary>
/// <param name="Scenario">The effective scenario: the named one with the request's levers laid over its own.</param>
/// <param name="Baseline">The unchanged scenario (same seed and replicates), or null when no comparison was asked.</param>
/// <param name="Toml">The canonical TOML of <paramref name="Scenario"/>: a file that reproduces the run with <c>continuum run</c>.</param>
/// <param name="Base">The name of the scenario the request changed.</param>
public sealed record RunPlan(Scenario Scenario, Scenario? Baseline, string Toml, string Base);

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
