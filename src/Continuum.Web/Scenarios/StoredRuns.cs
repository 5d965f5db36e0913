using System.Globalization;
using System.Text;
using System.Text.Json;
using Continuum.Core.Scenario;
using Continuum.Data.Scenarios;
using Continuum.Data.Simulation;
using Continuum.Web.Storage;

namespace Continuum.Web.Scenarios;

/// <summary>
/// The store's simulation runs for the dashboard: web runs are saved through the store's single write path
/// (<see cref="StoreGate.Write{T}"/>, as imports are), and any two stored runs, from the CLI or the web, are compared
/// with the library's <see cref="RunComparison"/> (the engine behind <c>continuum runs compare</c>).
/// </summary>
public sealed class StoredRuns
{
    private readonly StoreGate _gate;

    /// <summary>Creates the run tables once, on the write connection, so that reads never run schema statements.</summary>
    public StoredRuns(StoreGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        _gate = gate;
        _gate.Write(store => new RunStore(store));
    }

    /// <summary>True when <paramref name="id"/> has the shape of a run id (12 lowercase hex characters).</summary>
    public static bool IsRunId(string? id) => id is { Length: 12 } && id.All(char.IsAsciiHexDigitLower);

    /// <summary>Saves <paramref name="run"/> with its development indicators in one transaction and returns its id.</summary>
    public string Save(ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return _gate.Write(store => new RunStore(store).Save(run));
    }

    /// <summary>Every stored run, newest first.</summary>
    public IReadOnlyList<StoredRunView> List() => _gate.Read(store =>
    {
        var runs = RunStore.ForReading(store);
        var withIndicators = runs.RunsWithIndicators();
        return runs.List().Select(r => View(r, withIndicators.Contains(r.RunId))).ToList();
    });

    /// <summary>Run <paramref name="id"/> with its indicators, or null when no run has that id.</summary>
    public StoredRunDetail? Find(string id) => _gate.Read(store =>
    {
        var runs = RunStore.ForReading(store);
        if (!Exists(runs, id))
        {
            return null;
        }

        var indicators = runs.Indicators(id);
        var info = runs.Get(id);
        return new StoredRunDetail(View(info, indicators is not null), indicators is null ? [] : Series(indicators), ScenarioOf(info));
    });

    /// <summary>The first of <paramref name="ids"/> that no stored run has, or null when all exist.</summary>
    public string? Missing(params string[] ids) => _gate.Read(store =>
    {
        var runs = RunStore.ForReading(store);
        return ids.FirstOrDefault(id => !Exists(runs, id));
    });

    /// <summary>Compares runs <paramref name="a"/> and <paramref name="b"/> (B − A); errors are <see cref="InputException"/>s.</summary>
    public RunComparisonResult Compare(string a, string b) => _gate.Read(store => RunComparison.Compare(RunStore.ForReading(store), a, b));

    /// <summary>The comparison as the page charts it.</summary>
    public static RunComparisonView View(RunComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var indicators = result.Rows.GroupBy(r => r.Indicator, StringComparer.Ordinal).Select(g => new ComparedIndicator(g.Key, g.First().Unit,
            g.GroupBy(r => r.Area, StringComparer.Ordinal).Select(a =>
            {
                var rows = a.OrderBy(r => r.Year).ToList();
                return new ComparedLine(a.Key, rows.Select(r => r.Year).ToList(), N(rows.Select(r => r.A)), N(rows.Select(r => r.B)),
                    N(rows.Select(r => r.Difference)), N(rows.Select(r => r.Lower)), N(rows.Select(r => r.Upper)));
            }).ToList())).ToList();
        // Both runs were compared, so both have indicators.
        return new RunComparisonView(View(result.A, hasIndicators: true), View(result.B, hasIndicators: true),
            result.Method == RunComparisonMethod.PairedT ? "paired-t" : "welch-t", result.MethodDescription, result.Confidence, result.Title, indicators);
    }

    /// <summary>The comparison as CSV with the columns of <c>continuum compare</c>: <c>year,area,indicator,a,b,difference,lower,upper,unit</c>.</summary>
    public static string Csv(RunComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var csv = new StringBuilder("year,area,indicator,a,b,difference,lower,upper,unit\n");
        foreach (var r in result.Rows)
        {
            csv.Append(r.Year.ToString(CultureInfo.InvariantCulture)).Append(',').Append(r.Area).Append(',').Append(r.Indicator);
            foreach (var v in new[] { r.A, r.B, r.Difference, r.Lower, r.Upper })
            {
                csv.Append(',').Append(double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
            }

            csv.Append(',').Append(r.Unit.Contains(',', StringComparison.Ordinal) ? "\"" + r.Unit + "\"" : r.Unit).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>The run's effective scenario as JSON without server paths; null when the run has none or it no longer reads.</summary>
    private static JsonElement? ScenarioOf(RunStore.RunInfo info)
    {
        if (info.ScenarioToml is null)
        {
            return null;
        }

        try
        {
            var scenario = ScenarioToml.Parse(info.ScenarioToml, "run " + info.RunId);
            var tables = LeverMap<string, string>.Of(scenario.Tables.Select(t => KeyValuePair.Create(t.Key, Path.GetFileName(t.Value))));
            return JsonSerializer.SerializeToElement(scenario with { SourceFile = string.Empty, Tables = tables }, ScenarioJson.Options);
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static bool Exists(RunStore runs, string id) => runs.List().Any(r => r.RunId == id);

    private static StoredRunView View(RunStore.RunInfo r, bool hasIndicators) => new(r.RunId, r.CreatedUtc, r.Scenario, Path.GetFileName(r.ScenarioFile),
        r.Seed, r.Replicates, r.BaseYear, r.Horizon, r.Countries.Split(',', StringSplitOptions.RemoveEmptyEntries), r.Levers, r.PersonYears, hasIndicators);

    private static List<IndicatorSeries> Series(StoredIndicators s)
    {
        var years = Enumerable.Range(s.BaseYear, s.Years).ToList();
        var values = new double[s.Replicates];
        return s.Codes.Select(code => new IndicatorSeries(code, s.Unit(code), s.Countries.Select((area, c) =>
        {
            var (mean, low, high) = (new List<double?>(), new List<double?>(), new List<double?>());
            for (var y = 0; y < s.Years; y++)
            {
                s.Fill(code, y, c, values);
                mean.Add(F(values.Average()));
                low.Add(F(values.Min()));
                high.Add(F(values.Max()));
            }

            return new IndicatorLine(area, years, mean, low, high);
        }).ToList())).ToList();
    }

    private static List<double?> N(IEnumerable<double> values) => values.Select(F).ToList();

    private static double? F(double v) => double.IsFinite(v) ? v : null;
}
