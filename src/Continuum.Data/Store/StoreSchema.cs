namespace Continuum.Data.Store;

/// <summary>
/// The store's tables. Observations are stored narrow: a <c>series</c> row per imported (dataset, indicator, area,
/// counterpart, sex, ages, variant, unit) and a <c>points</c> row per value holding only numbers (series id, year,
/// value) plus a period text when it is not the plain year. Source and vintage live once per import in
/// <c>datasets</c>. The view <c>observations</c> joins them back into the one wide row per value every reader uses.
/// Writing 9 M rows of three numeric columns is several times cheaper than writing them with their strings
/// (docs/benchmarks.md). Neither table has a database key (an index would slow bulk imports several times over);
/// uniqueness of (vintage, indicator, area, counterpart, period, sex, age_start, variant) is enforced by
/// <see cref="Importer"/> inside the import transaction instead.
/// </summary>
internal static class StoreSchema
{
    /// <summary>
    /// Version 1 held observations in one 14-column table; version 2 is the narrow series/points layout; version 3 adds
    /// to <c>datasets</c> what imported each file (<c>origin</c>), whether it is shipped data (<c>shipped</c>) and how many
    /// of its values an earlier dataset of the same vintage already held (<c>already_present</c>).
    /// </summary>
    public const int Version = 3;

    /// <summary>One row per imported file (version 3 columns).</summary>
    public const string DatasetsDdl = """
        CREATE TABLE IF NOT EXISTS datasets (
            dataset_id INTEGER PRIMARY KEY,
            source VARCHAR NOT NULL,
            vintage VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            file_name VARCHAR NOT NULL,
            file_sha256 VARCHAR NOT NULL UNIQUE,
            observations BIGINT NOT NULL,
            imported_at TIMESTAMP NOT NULL,
            origin VARCHAR NOT NULL DEFAULT '',
            shipped BOOLEAN NOT NULL DEFAULT false,
            already_present BIGINT NOT NULL DEFAULT 0);
        """;

    public const string Ddl = DatasetsDdl + """
        CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS series (
            series_id INTEGER NOT NULL,
            dataset_id INTEGER NOT NULL,
            indicator VARCHAR NOT NULL,
            area VARCHAR NOT NULL,
            counterpart VARCHAR NOT NULL,
            sex VARCHAR NOT NULL,
            age_start INTEGER NOT NULL,
            age_end INTEGER NOT NULL,
            variant VARCHAR NOT NULL,
            unit VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS points (
            series_id INTEGER NOT NULL,
            year INTEGER NOT NULL,
            period VARCHAR,
            value DOUBLE NOT NULL);
        CREATE TABLE IF NOT EXISTS areas (
            code VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            iso3 VARCHAR,
            m49 INTEGER,
            wb_code VARCHAR);
        CREATE TABLE IF NOT EXISTS area_aliases (
            scheme VARCHAR NOT NULL,
            alias VARCHAR NOT NULL,
            code VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS indicators (
            indicator VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            unit VARCHAR NOT NULL,
            source VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS file_hashes (
            path VARCHAR PRIMARY KEY,
            size_bytes BIGINT NOT NULL,
            modified_ticks BIGINT NOT NULL,
            sha256 VARCHAR NOT NULL);
        """;

    /// <summary>
    /// One row per observation with the columns of schema version 1 (a point's period is its year as text unless
    /// stored otherwise). Every reader queries this view; only <see cref="ObservationWriter"/> and the WDI direct
    /// insert write the tables under it.
    /// </summary>
    public const string ObservationsView = """
        CREATE VIEW IF NOT EXISTS observations AS
        SELECT d.source, d.vintage, s.indicator, s.area, s.counterpart,
               coalesce(p.period, CAST(p.year AS VARCHAR)) AS period, p.year, s.sex, s.age_start, s.age_end,
               s.variant, p.value, s.unit, s.dataset_id
        FROM points p
        JOIN series s ON s.series_id = p.series_id
        JOIN datasets d ON d.dataset_id = s.dataset_id;
        """;

    /// <summary>
    /// Scenarios saved from the web: the effective scenario as JSON (<see cref="Scenarios.ScenarioJson"/>), with the name of
    /// the scenario it changed. Stores made before this layout kept the request and a TOML file text in two columns; their
    /// table is kept as <c>saved_scenarios_v3</c> when opened (<see cref="StoreMigration"/>).
    /// </summary>
    public const string SavedScenariosDdl = """
        CREATE TABLE IF NOT EXISTS saved_scenarios (
            name VARCHAR PRIMARY KEY,
            base VARCHAR NOT NULL,
            scenario VARCHAR NOT NULL,
            created_utc TIMESTAMP NOT NULL);
        """;

    /// <summary>The staging table every checked import fills before it is checked and merged.</summary>
    public const string StageDdl = """
        CREATE OR REPLACE TEMP TABLE import_stage (
            line BIGINT NOT NULL,
            indicator VARCHAR NOT NULL,
            area VARCHAR,
            counterpart VARCHAR NOT NULL,
            period VARCHAR NOT NULL,
            year INTEGER,
            sex VARCHAR NOT NULL,
            age_start INTEGER NOT NULL,
            age_end INTEGER NOT NULL,
            variant VARCHAR NOT NULL,
            value DOUBLE,
            unit VARCHAR NOT NULL,
            problem VARCHAR);
        """;
}
