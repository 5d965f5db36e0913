using System.Globalization;
using Continuum.Core.Scenario;
using Continuum.Data.Scenarios;
using Continuum.Data.Simulation;
using Continuum.Web.Jobs;

namespace Continuum.Web.Scenarios;

/// <summary>
/// Runs a scenario with levers changed from the web, in memory: the request's levers are laid over the named
/// scenario's (<see cref="EngineLevers.Over"/>, <see cref="DevelopmentLevers.Over"/>) and validated exactly as the
/// reader validates a file's; no file is written. Every run (and its unchanged baseline) is saved in the store's run
/// tables with its effective scenario and development indicators.
/// </summary>
public sealed class ScenarioRunner(ScenarioCatalog catalog, StoredRuns runs)
{
    /// <summary>Most replicates a web run may ask for.</summary>
    public const int MaxReplicates = 20;

    /// <summary>The measures charted, as named in <see cref="CountryYear"/>.</summary>
    public static readonly IReadOnlyList<string> MeasureNames =
        ["population", "working_age", "emigrant_stock_abroad", "foreign_born", "immigrants", "emigrants", "returns"];

    /// <summary>Measures that are flows during a year: the horizon year has none (the run ends on its first day), so they stop a year earlier.</summary>
    private static readonly HashSet<string> FlowMeasures = ["immigrants", "emigrants", "returns"];

    /// <summary>
    /// Validates <paramref name="request"/> (errors are <see cref="InputException"/>s naming the field, never a server path)
    /// and returns what to run: the scenario with the changed levers and, when <see cref="RunRequest.Compare"/>, the
    /// unchanged scenario with the same seed and replicates.
    /// </summary>
    /// <param name="request">The levers.</param>
    /// <param name="name">The effective scenario's name (default: the requested scenario's).</param>
    public RunPlan Prepare(RunRequest request, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var basis = catalog.Get(request.Scenario);
            var scenario = basis with
            {
                Name = name ?? request.Scenario!,
                SourceFile = $"{request.Scenario}.toml with levers set on the web",
                Seed = request.Seed ?? basis.Seed,
                Replicates = request.Replicates ?? basis.Replicates,
                Engine = (request.Engine ?? EngineLevers.None).Over(basis.Engine),
                Development = (request.Development ?? DevelopmentLevers.None).Over(basis.Development),
            };
            if (scenario.Replicates is < 1 or > MaxReplicates)
            {
                throw new InputException($"must be between 1 and {MaxReplicates} for a run started from the web", field: "replicates");
            }

            scenario.ValidateLevers();
            var sides = request.Compare == true ? 2 : 1;
            ScenarioMemory.RequireMemory(scenario, sides, sides);
            var baseline = request.Compare == true ? basis with { Seed = scenario.Seed, Replicates = scenario.Replicates } : null;
            return new RunPlan(scenario, baseline, ScenarioToml.Write(scenario), request.Scenario!);
        }
        catch (InputException ex) when (ex.File is not null)
        {
            throw new InputException(ex.Problem, field: ex.Field);
        }
    }

    /// <summary>
    /// Runs the plan (scenario, then baseline when asked) reporting progress, saves each run in the store and
    /// summarises it per measure and country with the stored run ids.
    /// </summary>
    public RunResultView Run(RunPlan plan, JobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        var parts = plan.Baseline is null ? 1 : 2;
        var scenario = plan.Scenario;
        var (measures, runId) = Simulate(scenario, "scenario", progress, 0, 1.0 / parts, cancellationToken);
        (List<RunMeasure> Measures, string RunId)? baseline = plan.Baseline is null ? null
            : Simulate(plan.Baseline, "baseline", progress, 0.5, 0.5, cancellationToken);
        return new RunResultView(scenario.Name, scenario.Seed, scenario.Replicates, plan.Toml, measures, baseline?.Measures, runId, baseline?.RunId);
    }

    private (List<RunMeasure> Measures, string RunId) Simulate(Scenario scenario, string label, JobProgress progress,
        double offset, double share, CancellationToken cancellationToken)
    {
        var years = scenario.HorizonYear - scenario.BaseYear + 1;
        var total = (double)years * scenario.Replicates;
        var threads = Math.Max(1, Environment.ProcessorCount / 2);
        var run = ScenarioRun.Execute(scenario, threads, (replicate, year) =>
            progress.Report(offset + (share * 0.98 * (((replicate * years) + (year - scenario.BaseYear) + 1) / total)),
                string.Create(CultureInfo.InvariantCulture, $"{label}: replicate {replicate + 1}/{scenario.Replicates}, year {year}")), cancellationToken);
        progress.Report(offset + (share * 0.99), $"{label}: saving the run in the store");
        var runId = runs.Save(run);
        var rows = run.CountryYears();
        return (MeasureNames.Select(m => new RunMeasure(m, rows.GroupBy(r => r.Country, StringComparer.Ordinal)
            .Select(g => Line(g.Key, g.Where(r => r.Year < scenario.HorizonYear || !FlowMeasures.Contains(m)), m)).ToList())).ToList(), runId);
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
}
