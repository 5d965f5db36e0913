namespace Continuum.Web.Scenarios;

/// <summary>A stored run as the runs list shows it (<c>GET /api/runs</c>), from the CLI or the web.</summary>
/// <param name="Id">Run id, 12 lowercase hex characters.</param>
/// <param name="CreatedUtc">When it was saved.</param>
/// <param name="Scenario">Scenario name (for web runs, the name of the scenario file the levers changed).</param>
/// <param name="ScenarioFile">The scenario file's name only (never a server path).</param>
/// <param name="Seed">Seed.</param>
/// <param name="Replicates">Replicates.</param>
/// <param name="BaseYear">First year.</param>
/// <param name="HorizonYear">Last year.</param>
/// <param name="Countries">Simulated areas (ISO3 and ROW).</param>
/// <param name="Levers">For runs stored before the effective scenario was recorded, their lever text; empty for newer runs (see <see cref="StoredRunDetail.Scenario"/>).</param>
/// <param name="PersonYears">Simulated person-years over all replicates.</param>
/// <param name="HasIndicators">False for runs saved before the development indicators were stored (they cannot be compared).</param>
public sealed record StoredRunView(string Id, DateTime CreatedUtc, string Scenario, string ScenarioFile, ulong Seed, int Replicates, int BaseYear,
    int HorizonYear, IReadOnlyList<string> Countries, string Levers, long PersonYears, bool HasIndicators);

/// <summary>One stored run with its development indicators and effective scenario (<c>GET /api/runs/{id}</c>).</summary>
/// <param name="Run">The run.</param>
/// <param name="Indicators">Per indicator, one line per area over the years (empty when the run has none).</param>
/// <param name="Scenario">
/// The effective scenario as run, as scenario JSON (levers keyed by lever name; parameter tables by file name only, never a server
/// path), or null for a run stored before the scenario was recorded.
/// </param>
public sealed record StoredRunDetail(StoredRunView Run, IReadOnlyList<IndicatorSeries> Indicators, System.Text.Json.JsonElement? Scenario = null);

/// <summary>One development indicator of a stored run.</summary>
/// <param name="Code">e.g. <c>real_gdp</c>.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Lines">One line per area: mean over replicates with the lowest and highest replicate (null where undefined).</param>
public sealed record IndicatorSeries(string Code, string Unit, IReadOnlyList<IndicatorLine> Lines);

/// <summary>An area's values of one indicator over the years.</summary>
/// <param name="Area">ISO3 or ROW.</param>
/// <param name="Years">Years.</param>
/// <param name="Mean">Mean over replicates.</param>
/// <param name="Low">Lowest replicate.</param>
/// <param name="High">Highest replicate.</param>
public sealed record IndicatorLine(string Area, IReadOnlyList<int> Years, IReadOnlyList<double?> Mean, IReadOnlyList<double?> Low, IReadOnlyList<double?> High);

/// <summary>Two stored runs compared (<c>GET /api/runs/compare</c>): B − A per indicator, area and year with a confidence band.</summary>
/// <param name="A">Run A (the reference).</param>
/// <param name="B">Run B.</param>
/// <param name="Method"><c>paired-t</c> (same seed and replicates: common random numbers) or <c>welch-t</c> (independent replicates).</param>
/// <param name="MethodDescription">The method in words.</param>
/// <param name="Confidence">Confidence level of the band, 0.95.</param>
/// <param name="Title">A title naming both runs and the method.</param>
/// <param name="Indicators">Every compared indicator.</param>
public sealed record RunComparisonView(StoredRunView A, StoredRunView B, string Method, string MethodDescription, double Confidence, string Title,
    IReadOnlyList<ComparedIndicator> Indicators);

/// <summary>One indicator of a comparison.</summary>
/// <param name="Code">e.g. <c>real_gdp</c>.</param>
/// <param name="Unit">Unit of A, B and the difference.</param>
/// <param name="Lines">One line per area.</param>
public sealed record ComparedIndicator(string Code, string Unit, IReadOnlyList<ComparedLine> Lines);

/// <summary>An area's comparison over the years (null where a value or band is undefined, e.g. a band with one replicate).</summary>
/// <param name="Area">ISO3 or ROW.</param>
/// <param name="Years">Years.</param>
/// <param name="A">Mean of A.</param>
/// <param name="B">Mean of B.</param>
/// <param name="Difference">B − A.</param>
/// <param name="Lower">Lower end of the band.</param>
/// <param name="Upper">Upper end of the band.</param>
public sealed record ComparedLine(string Area, IReadOnlyList<int> Years, IReadOnlyList<double?> A, IReadOnlyList<double?> B,
    IReadOnlyList<double?> Difference, IReadOnlyList<double?> Lower, IReadOnlyList<double?> Upper);
