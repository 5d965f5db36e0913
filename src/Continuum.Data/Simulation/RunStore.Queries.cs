using System.Globalization;
using System.Text.RegularExpressions;
using Continuum.Data.IO;

namespace Continuum.Data.Simulation;

/// <summary>Listing, showing and exporting stored runs.</summary>
public sealed partial class RunStore
{
    /// <summary>One stored run's metadata.</summary>
    /// <param name="RunId">Run id (12 hex digits).</param>
    /// <param name="CreatedUtc">When it was stored.</param>
    /// <param name="Scenario">Scenario name.</param>
    /// <param name="ScenarioFile">Where the scenario came from (provenance).</param>
    /// <param name="ScenarioHash">SHA-256 of <paramref name="ScenarioToml"/> (of the scenario file for runs stored before it was recorded).</param>
    /// <param name="Seed">Seed.</param>
    /// <param name="Replicates">Replicates.</param>
    /// <param name="BaseYear">Base year.</param>
    /// <param name="Horizon">Horizon year.</param>
    /// <param name="Countries">Simulated regions, comma-separated.</param>
    /// <param name="CodeVersion">Engine version.</param>
    /// <param name="DataVintages">Vintages, <c>input=vintage;…</c>.</param>
    /// <param name="Levers">The lever text of runs stored before the effective scenario was recorded (empty for newer runs).</param>
    /// <param name="PersonYears">Simulated person-years.</param>
    /// <param name="ScenarioToml">The effective scenario as canonical TOML, or null for a run stored before it was recorded.</param>
    public sealed record RunInfo(string RunId, DateTime CreatedUtc, string Scenario, string ScenarioFile, string ScenarioHash, ulong Seed,
        int Replicates, int BaseYear, int Horizon, string Countries, string CodeVersion, string DataVintages, string Levers, long PersonYears,
        string? ScenarioToml = null);

    /// <summary>Every stored run, newest first.</summary>
    public List<RunInfo> List() => _store.Query(
        "SELECT run_id, created_utc, scenario_name, scenario_file, scenario_hash, seed, replicates, base_year, horizon, countries, code_version, data_vintages, levers, person_years, scenario_toml FROM runs ORDER BY created_utc DESC, run_id",
        r => new RunInfo(r.GetString(0), r.GetDateTime(1), r.GetString(2), r.GetString(3), r.GetString(4), Convert.ToUInt64(r.GetValue(5), CultureInfo.InvariantCulture),
            r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetString(9), r.GetString(10), r.GetString(11), r.IsDBNull(12) ? string.Empty : r.GetString(12), r.GetInt64(13),
            r.IsDBNull(14) ? null : r.GetString(14)));

    /// <summary>The run <paramref name="runId"/>, or an error naming it.</summary>
    public RunInfo Get(string runId) =>
        List().FirstOrDefault(r => r.RunId == runId) ?? throw new InputException($"no run '{runId}' in the store (see 'continuum runs list')", field: "ID");

    /// <summary>Per-year, per-country totals of replicate 0 of a run.</summary>
    public List<(int Year, string Country, double Population, double Births, double Deaths, double Emigrants, double Immigrants, double Returns)> Totals(string runId) =>
        _store.Query(
            "SELECT year, country, sum(population), sum(births), sum(deaths), sum(emigrants), sum(immigrants), sum(returns) FROM run_results WHERE run_id = $1 AND replicate = 0 GROUP BY year, country ORDER BY year, country",
            r => (r.GetInt32(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), r.GetDouble(5), r.GetDouble(6), r.GetDouble(7)), runId);

    /// <summary>
    /// Writes the run's <paramref name="table"/> ("results", "corridors" or "indicators") to <paramref name="path"/> as csv or
    /// parquet, rows in a stable order; the file appears whole or not at all.
    /// </summary>
    public void Export(string runId, string table, string format, string path)
    {
        _ = Get(runId);
        if (!IdPattern().IsMatch(runId))
        {
            throw new InputException($"'{runId}' is not a run id", field: "ID");
        }

        var order = table switch
        {
            "results" => "replicate, year, country, sex, age_group, education, migration_status",
            "corridors" => "replicate, year, origin, destination",
            "indicators" => "replicate, year, area, indicator",
            _ => throw new InputException($"'{table}' is not a table (results, corridors or indicators)", field: "--table"),
        };
        var options = format switch
        {
            "csv" => "FORMAT csv, HEADER true",
            "parquet" => "FORMAT parquet",
            _ => throw new InputException($"'{format}' is not an export format (csv or parquet)", field: "--format"),
        };
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            _store.Execute($"COPY (SELECT * EXCLUDE (run_id) FROM run_{table} WHERE run_id = '{runId}' ORDER BY {order}) TO '{temp.Replace("'", "''", StringComparison.Ordinal)}' ({options})");
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{12}$")]
    private static partial Regex IdPattern();
}
