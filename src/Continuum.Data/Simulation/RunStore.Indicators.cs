using System.Globalization;
using Continuum.Core.Development;

namespace Continuum.Data.Simulation;

/// <summary>The development indicators of stored runs: table <c>run_indicators</c>, one row per replicate, year, area and indicator.</summary>
public sealed partial class RunStore
{
    /// <summary>
    /// The indicators stored with run <paramref name="runId"/>, or null when it has none (runs saved before the table
    /// existed, or runs without the development step).
    /// </summary>
    public StoredIndicators? Indicators(string runId)
    {
        var info = Get(runId);
        var rows = _store.Query(
            "SELECT replicate, year, area, indicator, value, unit FROM run_indicators WHERE run_id = $1",
            r => new IndicatorRow(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? double.NaN : r.GetDouble(4),
                r.IsDBNull(5) ? string.Empty : r.GetString(5)),
            info.RunId);
        return rows.Count == 0 ? null : StoredIndicators.From(info, rows);
    }

    /// <summary>True when run <paramref name="runId"/> has stored indicators.</summary>
    public bool HasIndicators(string runId) =>
        Convert.ToInt64(_store.Scalar("SELECT count(*) FROM (SELECT 1 FROM run_indicators WHERE run_id = $1 LIMIT 1)", runId), CultureInfo.InvariantCulture) > 0;

    /// <summary>The ids of every run that has stored indicators.</summary>
    public HashSet<string> RunsWithIndicators() =>
        _store.Query("SELECT DISTINCT run_id FROM run_indicators", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Computes every replicate's indicators from the run, in replicate order (empty when the run carries no development step).</summary>
    public static List<RunIndicators> ComputeIndicators(ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var parameters = run.Inputs.Development;
        if (parameters is null || run.Replicates.Any(r => r.Development is null))
        {
            return [];
        }

        return run.Replicates.Select(r => RunIndicators.Compute(r, r.Development!, parameters)).ToList();
    }

    private void AppendIndicators(ScenarioRun run, IReadOnlyList<RunIndicators> indicators, string id)
    {
        using var appender = _store.Connection.CreateAppender("run_indicators");
        var dims = run.Inputs.Dimensions;
        for (var r = 0; r < indicators.Count; r++)
        {
            var replicate = run.Replicates[r].Replicate;
            for (var k = 0; k < IndicatorDefinition.All.Count; k++)
            {
                var name = IndicatorDefinition.All[k];
                for (var y = 0; y < dims.Years; y++)
                {
                    for (var c = 0; c < dims.CountryCount; c++)
                    {
                        var value = indicators[r].Value(k, y, c);
                        var row = appender.CreateRow().AppendValue(id).AppendValue(replicate).AppendValue(dims.BaseYear + y).AppendValue(dims.Countries[c])
                            .AppendValue(name.Code);
                        row = double.IsFinite(value) ? row.AppendValue(value) : row.AppendNullValue();
                        row.AppendValue(name.Unit).EndRow();
                    }
                }
            }
        }
    }

    /// <summary>One stored indicator value.</summary>
    internal readonly record struct IndicatorRow(int Replicate, int Year, string Area, string Indicator, double Value, string Unit);
}
