using System.Globalization;
using System.Text;
using Continuum.Core.Scenario;
using Continuum.Data.Development;
using Continuum.Data.Simulation;
using Continuum.Web.Jobs;

namespace Continuum.Web.Scenarios;

/// <summary>
/// Runs a shipped scenario with levers changed from the web. The changes are written as a small scenario file
/// that <c>extends</c> the chosen one and read by <see cref="ScenarioFile"/>, so they are validated exactly as
/// the CLI validates a scenario file; the same file (with a relative <c>extends</c>) reproduces the run. Every run
/// (and its unchanged baseline) is saved in the store's run tables with its development indicators.
/// </summary>
public sealed class ScenarioRunner(ScenarioCatalog catalog, StoredRuns runs, SavedScenarios saved) : IDisposable
{
    /// <summary>Most replicates a web run may ask for.</summary>
    public const int MaxReplicates = 20;

    /// <summary>The measures charted, as named in <see cref="CountryYear"/>.</summary>
    public static readonly IReadOnlyList<string> MeasureNames =
        ["population", "working_age", "emigrant_stock_abroad", "foreign_born", "immigrants", "emigrants", "returns"];

    /// <summary>Measures that are flows during a year: the horizon year has none (the run ends on its first day), so they stop a year earlier.</summary>
    private static readonly HashSet<string> FlowMeasures = ["immigrants", "emigrants", "returns"];

    private readonly string _work = Directory.CreateTempSubdirectory("continuum-web-runs-").FullName;

    /// <summary>
    /// Validates <paramref name="request"/> (errors are <see cref="InputException"/>s naming the field) and returns what
    /// to run: the scenario with the changed levers and, when <see cref="RunRequest.Compare"/>, the unchanged scenario
    /// with the same seed and replicates.
    /// </summary>
    public RunPlan Prepare(RunRequest request) => Prepare(request, null);

    /// <summary>Validates <paramref name="request"/> as <see cref="Prepare(RunRequest)"/> does, without keeping anything to run.</summary>
    /// <param name="request">The levers.</param>
    /// <param name="name">The scenario name written in the lever file (default: the scenario's).</param>
    public RunPlan Check(RunRequest request, string? name = null)
    {
        var plan = Prepare(request, name);
        File.Delete(plan.LeverFile);
        return plan;
    }

    private RunPlan Prepare(RunRequest request, string? name)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (merged, savedName) = Resolve(request);
        var basePath = catalog.PathOf(merged.Scenario);
        if (merged.Replicates is < 1 or > MaxReplicates)
        {
            throw new InputException($"must be between 1 and {MaxReplicates} for a run started from the web", field: "replicates");
        }

        // Both names were matched against the scenarios folder or the saved names, so they are safe in the TOML text.
        var levers = $"name = '{name ?? savedName ?? merged.Scenario}'\n" + Levers(merged);
        var file = Path.Combine(_work, Guid.NewGuid().ToString("N") + ".toml");
        File.WriteAllText(file, $"extends = '{basePath}'\n{levers}");
        try
        {
            var scenario = ScenarioFile.Read(file);
            ScenarioFile.RequireMemory(scenario, request.Compare == true ? 2 : 1, request.Compare == true ? 2 : 1);
            // The development levers are read when the run loads; checking them here makes a bad one a 400, not a failed job.
            DevelopmentLeverCheck.Check(scenario);
            var baseline = request.Compare == true
                ? ScenarioFile.Read(basePath) with { Seed = scenario.Seed, Replicates = scenario.Replicates }
                : null;
            // The lever file stays until the run has loaded it (the development levers are read from it then).
            return new RunPlan(scenario, baseline, $"extends = '{Path.GetFileName(basePath)}'\n{levers}", file, merged);
        }
        catch (InputException ex)
        {
            File.Delete(file);
            throw new InputException(ex.Problem, field: ex.Field);
        }
    }

    /// <summary>
    /// The request on a shipped scenario: a saved scenario's name is replaced by its base, its levers laid under the
    /// request's. Returns the saved name too (null for a shipped scenario).
    /// </summary>
    private (RunRequest Request, string? SavedName) Resolve(RunRequest request)
    {
        var name = Api.QueryArgs.Required(request.Scenario, "scenario");
        return !catalog.IsShipped(name) && SavedScenarios.IsName(name) && saved.Find(name) is { } s
            ? (LeverMerge.Over(s.Request(), request), s.Name)
            : (request, null);
    }

    /// <summary>
    /// Runs the plan (scenario, then baseline when asked) reporting progress, saves each run in the store and
    /// summarises it per measure and country with the stored run ids.
    /// </summary>
    public RunResultView Run(RunPlan plan, JobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        try
        {
            var parts = plan.Baseline is null ? 1 : 2;
            var scenario = plan.Scenario;
            // A web run's scenario file is a temporary lever file: the store records which scenario it changed instead of that path.
            var (measures, runId) = Simulate(scenario, $"{scenario.Name}.toml with levers set on the web", "scenario", progress, 0, 1.0 / parts, cancellationToken);
            (List<RunMeasure> Measures, string RunId)? baseline = plan.Baseline is null ? null
                : Simulate(plan.Baseline, plan.Baseline.SourceFile, "baseline", progress, 0.5, 0.5, cancellationToken);
            return new RunResultView(scenario.Name, scenario.Seed, scenario.Replicates, plan.Toml, measures, baseline?.Measures, runId, baseline?.RunId);
        }
        finally
        {
            File.Delete(plan.LeverFile);
        }
    }

    private (List<RunMeasure> Measures, string RunId) Simulate(ScenarioDefinition scenario, string storedSourceFile, string label, JobProgress progress,
        double offset, double share, CancellationToken cancellationToken)
    {
        var years = scenario.HorizonYear - scenario.BaseYear + 1;
        var total = (double)years * scenario.Replicates;
        var threads = Math.Max(1, Environment.ProcessorCount / 2);
        var run = ScenarioRun.Execute(scenario, threads, (replicate, year) =>
            progress.Report(offset + (share * 0.98 * (((replicate * years) + (year - scenario.BaseYear) + 1) / total)),
                string.Create(CultureInfo.InvariantCulture, $"{label}: replicate {replicate + 1}/{scenario.Replicates}, year {year}")), cancellationToken);
        progress.Report(offset + (share * 0.99), $"{label}: saving the run in the store");
        // The levers are read from the lever file now: the stored run names a description instead of that temporary file.
        var runId = runs.Save(run with { Scenario = scenario with { SourceFile = storedSourceFile }, LeverText = RunStore.LeverText(scenario) });
        var rows = run.CountryYears();
        return (MeasureNames.Select(m => new RunMeasure(m, rows.GroupBy(r => r.Country, StringComparer.Ordinal)
            .Select(g => Line(g.Key, g.Where(r => r.Year < scenario.HorizonYear || !FlowMeasures.Contains(m)), m)).ToList())).ToList(), runId);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static RunLine Line(string country, IEnumerable<CountryYear> rows, string measure)
    {
        var byYear = rows.GroupBy(r => r.Year).OrderBy(g => g.Key).ToList();
        var values = byYear.Select(g => g.Select(r => Value(r, measure)).ToList()).ToList();
        return new RunLine(country, byYear.Select(g => g.Key).ToList(), values.Select(v => v.Average()).ToList(),
            values.Select(v => v.Min()).ToList(), values.Select(v => v.Max()).ToList());
    }

    private static double Value(CountryYear r, string measure) => measure switch
    {
        "population" => r.Population,
        "working_age" => r.WorkingAge,
        "emigrant_stock_abroad" => r.EmigrantStockAbroad,
        "foreign_born" => r.ForeignBorn,
        "immigrants" => r.Immigrants,
        "emigrants" => r.Emigrants,
        _ => r.Returns,
    };

    private static string Levers(RunRequest request)
    {
        var toml = new StringBuilder();
        if (request.Seed is { } seed)
        {
            toml.Append(CultureInfo.InvariantCulture, $"seed = {seed}\n");
        }

        if (request.Replicates is { } replicates)
        {
            toml.Append(CultureInfo.InvariantCulture, $"replicates = {replicates}\n");
        }

        DevelopmentToml.Table(toml, "admissions", request.Admissions, DevelopmentToml.IsIso3);
        DevelopmentToml.Table(toml, "emigration_rate_multiplier", request.EmigrationRateMultiplier, DevelopmentToml.IsIso3);
        DevelopmentToml.Table(toml, "return_hazard_multiplier", request.ReturnHazardMultiplier, DevelopmentToml.IsIso3);
        DevelopmentToml.Append(toml, request.Development);
        return toml.ToString();
    }
}
