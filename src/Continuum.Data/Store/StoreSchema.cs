namespace Continuum.Data.Store;

/// <summary>
/// The store's tables. Observations carry no database primary key (an index would slow bulk imports several
/// times over); uniqueness of (vintage, indicator, area, counterpart, period, sex, age_start, variant) is
/// enforced by <see cref="Importer"/> inside the import transaction instead.
/// </summary>
internal static class StoreSchema
{
    public const int Version = 1;

    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS datasets (
            dataset_id INTEGER PRIMARY KEY,
            source VARCHAR NOT NULL,
            vintage VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            file_name VARCHAR NOT NULL,
            file_sha256 VARCHAR NOT NULL UNIQUE,
            observations BIGINT NOT NULL,
            imported_at TIMESTAMP NOT NULL);
        CREATE TABLE IF NOT EXISTS observations (
            source VARCHAR NOT NULL,
            vintage VARCHAR NOT NULL,
            indicator VARCHAR NOT NULL,
            area VARCHAR NOT NULL,
            counterpart VARCHAR NOT NULL,
            period VARCHAR NOT NULL,
            year INTEGER NOT NULL,
            sex VARCHAR NOT NULL,
            age_start INTEGER NOT NULL,
            age_end INTEGER NOT NULL,
            variant VARCHAR NOT NULL,
            value DOUBLE NOT NULL,
            unit VARCHAR NOT NULL,
            dataset_id INTEGER NOT NULL);
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
        """;

    /// <summary>The staging table every import fills before it is checked and merged.</summary>
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
