using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Continuum.Core.Development;
using Continuum.Core.Output;
using Continuum.Data.Scenarios;
using Continuum.Data.Store;

namespace Continuum.Data.Simulation;

/// <summary>
/// Simulation runs in the store: tables <c>runs</c> (metadata: the effective scenario as canonical TOML and its
/// SHA-256, seed, code version, data vintages; runs stored before the scenario was recorded keep their <c>levers</c> text), <c>run_results</c> (the result cube, non-zero cells, persons) and <c>run_corridors</c>
/// (stocks and flows by origin and destination) and <c>run_indicators</c> (the development indicators of every
/// replicate, as <c>continuum compare</c> reports them). A run is committed whole in one transaction or not at all.
/// Stores made before <c>run_indicators</c> or <c>runs.scenario_toml</c> existed get them on opening; their runs have no indicators or scenario.
/// </summary>
public sealed partial class RunStore
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS runs (
            run_id VARCHAR PRIMARY KEY, created_utc TIMESTAMP, scenario_name VARCHAR, scenario_file VARCHAR,
            scenario_hash VARCHAR, seed UBIGINT, replicates INTEGER, threads INTEGER, base_year INTEGER, horizon INTEGER,
            countries VARCHAR, sample_size BIGINT, full_scale BOOLEAN, migration BOOLEAN, code_version VARCHAR,
            data_vintages VARCHAR, levers VARCHAR, person_years BIGINT, scenario_toml VARCHAR);
        ALTER TABLE runs ADD COLUMN IF NOT EXISTS scenario_toml VARCHAR;
        CREATE TABLE IF NOT EXISTS run_results (
            run_id VARCHAR, replicate INTEGER, year INTEGER, country VARCHAR, sex VARCHAR, age_group VARCHAR,
            education VARCHAR, migration_status VARCHAR, population DOUBLE, labour_force DOUBLE, employed DOUBLE,
            births DOUBLE, deaths DOUBLE, emigrants DOUBLE, immigrants DOUBLE, returns DOUBLE);
        CREATE TABLE IF NOT EXISTS run_corridors (
            run_id VARCHAR, replicate INTEGER, year INTEGER, origin VARCHAR, destination VARCHAR,
            stock DOUBLE, moves DOUBLE, returns DOUBLE);
        CREATE TABLE IF NOT EXISTS run_indicators (
            run_id VARCHAR, replicate INTEGER, year INTEGER, area VARCHAR, indicator VARCHAR, value DOUBLE, unit VARCHAR);
        """;

    private static readonly string[] SexNames = ["F", "M"];
    private static readonly string[] EducationNames = ["primary_or_less", "secondary", "tertiary"];
    private static readonly string[] StatusNames = ["native", "immigrant", "returnee", "second_generation"];

    private readonly ContinuumStore _store;

    /// <summary>Uses <paramref name="store"/>, creating the run tables if needed.</summary>
    public RunStore(ContinuumStore store)
        : this(store, createTables: true)
    {
    }

    private RunStore(ContinuumStore store, bool createTables)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        if (createTables)
        {
            _store.Execute(Ddl);
        }
    }

    /// <summary>
    /// Uses <paramref name="store"/> for reading only, without running schema statements (a read connection must not
    /// meet another connection's open write transaction with DDL); the tables must exist (create them once with the constructor).
    /// </summary>
    public static RunStore ForReading(ContinuumStore store) => new(store, createTables: false);

    /// <summary>The engine's version string recorded with every run.</summary>
    public static string CodeVersion =>
        typeof(Core.Engine.Simulation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// Stores <paramref name="run"/> with the development indicators of each replicate in one transaction and returns its
    /// new id. <paramref name="indicators"/> (one per replicate, in replicate order) are computed from the run when null;
    /// a run without the development step (empty list) is stored without indicators.
    /// </summary>
    public string Save(ScenarioRun run, IReadOnlyList<RunIndicators>? indicators = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        indicators ??= ComputeIndicators(run);
        if (indicators.Count != 0 && indicators.Count != run.Replicates.Count)
        {
            throw new ArgumentException("one set of indicators per replicate is needed", nameof(indicators));
        }

        var created = DateTime.UtcNow;
        var toml = ScenarioToml.Write(run.Scenario);
        var hash = ScenarioToml.Hash(run.Scenario);
        var id = NewId(hash, run.Scenario.Seed, created);
        using var tx = _store.Connection.BeginTransaction();
        InsertRun(run, id, created, toml, hash);
        AppendResults(run, id);
        AppendCorridors(run, id);
        AppendIndicators(run, indicators, id);
        tx.Commit();
        return id;
    }

    private static string NewId(string scenarioHash, ulong seed, DateTime created)
    {
        var text = FormattableString.Invariant($"{scenarioHash}|{seed}|{created.Ticks}|{Environment.ProcessId}|{Guid.NewGuid():N}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    private void InsertRun(ScenarioRun run, string id, DateTime created, string toml, string hash)
    {
        var s = run.Scenario;
        var vintages = string.Join(";", s.Vintages.Select(v => v.Key + "=" + v.Value));
        _store.Execute("""
            INSERT INTO runs (run_id, created_utc, scenario_name, scenario_file, scenario_hash, seed, replicates, threads, base_year, horizon,
                countries, sample_size, full_scale, migration, code_version, data_vintages, levers, person_years, scenario_toml)
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19)
            """,
            id, created, s.Name, s.SourceFile, hash, s.Seed, s.Replicates, run.Threads, s.BaseYear, s.HorizonYear,
            string.Join(",", run.Inputs.Dimensions.Countries), s.SampleSize, s.FullScale, s.Migration, CodeVersion, vintages, string.Empty,
            run.Replicates.Sum(r => r.PersonYears), toml);
    }

    private void AppendResults(ScenarioRun run, string id)
    {
        using var appender = _store.Connection.CreateAppender("run_results");
        foreach (var result in run.Replicates)
        {
            var dims = result.Dimensions;
            for (var y = 0; y < dims.Years; y++)
            {
                for (var c = 0; c < dims.CountryCount; c++)
                {
                    for (var k = 0; k < ResultLayout.CellsPerCountry; k++)
                    {
                        AppendCell(appender, id, result, y, c, k);
                    }
                }
            }
        }
    }

    /// <summary>Appends cell <paramref name="k"/> (sex, age group, education, status in layout order) of a country unless it is all zero.</summary>
    private static void AppendCell(DuckDB.NET.Data.DuckDBAppender appender, string id, SimulationResult result, int y, int c, int k)
    {
        var m = k % ResultLayout.Statuses;
        var e = k / ResultLayout.Statuses % ResultLayout.EducationLevels;
        var g = k / (ResultLayout.Statuses * ResultLayout.EducationLevels) % ResultLayout.AgeGroups;
        var s = k / (ResultLayout.Statuses * ResultLayout.EducationLevels * ResultLayout.AgeGroups);
        var cell = ResultLayout.Cell(c, s, g, e, m);
        var cells = result.Cells[y];
        if (IsZero(cells, cell))
        {
            return;
        }

        var dims = result.Dimensions;
        var row = appender.CreateRow().AppendValue(id).AppendValue(result.Replicate).AppendValue(dims.BaseYear + y)
            .AppendValue(dims.Countries[c]).AppendValue(SexNames[s]).AppendValue(ResultLayout.AgeGroupLabel(g))
            .AppendValue(EducationNames[e]).AppendValue(StatusNames[m]);
        for (var measure = 0; measure < ResultLayout.MeasureCount; measure++)
        {
            row = row.AppendValue(SimulationResult.Persons(cells[cell + measure]));
        }

        row.EndRow();
    }

    private static bool IsZero(long[] cells, int cell)
    {
        for (var k = 0; k < ResultLayout.MeasureCount; k++)
        {
            if (cells[cell + k] != 0)
            {
                return false;
            }
        }

        return true;
    }

    private void AppendCorridors(ScenarioRun run, string id)
    {
        using var appender = _store.Connection.CreateAppender("run_corridors");
        foreach (var result in run.Replicates)
        {
            var dims = result.Dimensions;
            var n = dims.CountryCount;
            for (var y = 0; y < dims.Years; y++)
            {
                for (var o = 0; o < n; o++)
                {
                    for (var d = 0; d < n; d++)
                    {
                        var k = (o * n) + d;
                        if (o == d || (result.CorridorStock[y][k] == 0 && result.CorridorMoves[y][k] == 0))
                        {
                            continue;
                        }

                        appender.CreateRow().AppendValue(id).AppendValue(result.Replicate).AppendValue(dims.BaseYear + y)
                            .AppendValue(dims.Countries[o]).AppendValue(dims.Countries[d]).AppendValue(SimulationResult.Persons(result.CorridorStock[y][k]))
                            .AppendValue(SimulationResult.Persons(result.CorridorMoves[y][k])).AppendValue(SimulationResult.Persons(result.CorridorReturns[y][k]))
                            .EndRow();
                    }
                }
            }
        }
    }
}
