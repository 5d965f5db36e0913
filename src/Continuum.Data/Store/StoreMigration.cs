using System.Globalization;
using DuckDB.NET.Data;

namespace Continuum.Data.Store;

/// <summary>
/// Brings a store made by an older version up to <see cref="StoreSchema.Version"/> when it is opened, in one
/// transaction per step: a store that fails to migrate is left exactly as it was. Version 1 kept observations in one
/// 14-column table; version 2 splits it into <c>series</c> and <c>points</c> under the <c>observations</c> view;
/// version 3 records each dataset's origin and whether it is shipped data.
/// </summary>
internal static class StoreMigration
{
    private const string SeriesColumns = "dataset_id, indicator, area, counterpart, sex, age_start, age_end, variant, unit";

    private static readonly string[] RequiredTables = [.. System.Text.RegularExpressions.Regex
        .Matches(StoreSchema.Ddl, @"CREATE TABLE IF NOT EXISTS (\w+)").Select(m => m.Groups[1].Value)];

    /// <summary>Creates the tables and view a store needs, migrating an older layout first.</summary>
    public static void Apply(ContinuumStore store)
    {
        store.Execute(StoreSchema.Ddl);
        if (IsTable(store, "observations"))
        {
            MigrateVersion1(store);
        }

        if (!HasColumn(store, "datasets", "origin"))
        {
            MigrateVersion2(store);
        }

        if (HasColumn(store, "saved_scenarios", "request"))
        {
            // The old layout (request JSON and TOML text) is kept aside, untouched; saved scenarios are saved again from the web.
            store.Execute("ALTER TABLE saved_scenarios RENAME TO saved_scenarios_v3");
        }

        store.Execute(StoreSchema.SavedScenariosDdl);
        store.Execute(StoreSchema.ObservationsView);
        store.Execute("INSERT OR IGNORE INTO store_info VALUES ('schema_version', $1)",
            StoreSchema.Version.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// True when <paramref name="store"/> has every table of <see cref="StoreSchema.Ddl"/>, the <c>observations</c> view
    /// and this version's schema number, so it can be read without any schema statement (read-only).
    /// </summary>
    public static bool IsCurrent(ContinuumStore store)
    {
        var tables = store.Query("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main'",
            r => (Name: r.GetString(0), Type: r.GetString(1)));
        var baseTables = tables.Where(t => t.Type == "BASE TABLE").Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        if (!RequiredTables.All(baseTables.Contains) || !tables.Contains(("observations", "VIEW")))
        {
            return false;
        }

        var version = store.Scalar("SELECT value FROM store_info WHERE key = 'schema_version'") as string;
        return version == StoreSchema.Version.ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsTable(ContinuumStore store, string name) => Convert.ToInt64(store.Scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = $1 AND table_type = 'BASE TABLE'",
        name), CultureInfo.InvariantCulture) > 0;

    private static bool HasColumn(ContinuumStore store, string table, string column) => Convert.ToInt64(store.Scalar(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $1 AND column_name = $2",
        table, column), CultureInfo.InvariantCulture) > 0;

    /// <summary>
    /// Version 2 to 3: adds origin, shipped and already_present to <c>datasets</c>. A dataset whose file hash the shipped
    /// data check remembered (<c>file_hashes</c>) is shipped; the origin of the others is unknown. User datasets under a
    /// shipped vintage label are relabelled out of the shipped namespace (<see cref="StoreDatasets.MoveUserDatasetsOutOf"/>).
    /// </summary>
    private static void MigrateVersion2(ContinuumStore store)
    {
        using var tx = store.Connection.BeginTransaction();
        try
        {
            // Rebuilt rather than altered: DuckDB adds no constraint with ADD COLUMN and cannot commit an ALTER followed
            // by an UPDATE of the same table in one transaction.
            store.Execute("DROP VIEW IF EXISTS observations; CREATE OR REPLACE TEMP TABLE datasets_v2 AS SELECT * FROM datasets; DROP TABLE datasets;");
            store.Execute(StoreSchema.DatasetsDdl);
            store.Execute("""
                INSERT INTO datasets
                SELECT dataset_id, source, vintage, format, file_name, file_sha256, observations, imported_at,
                       CASE WHEN file_sha256 IN (SELECT sha256 FROM file_hashes) THEN $1 ELSE $2 END,
                       file_sha256 IN (SELECT sha256 FROM file_hashes), 0
                FROM datasets_v2
                """, DatasetOrigin.Shipped, DatasetOrigin.Unknown);
            store.Execute("DROP TABLE datasets_v2");
            store.Execute(StoreSchema.ObservationsView);
            foreach (var vintage in store.Query("SELECT DISTINCT vintage FROM datasets WHERE shipped ORDER BY 1", r => r.GetString(0)))
            {
                store.MoveUserDatasetsOutOf(vintage);
            }

            store.Execute("INSERT OR REPLACE INTO store_info VALUES ('schema_version', $1)", StoreSchema.Version.ToString(CultureInfo.InvariantCulture));
            tx.Commit();
        }
        catch (DuckDBException ex)
        {
            // A failed statement may have ended the transaction already; disposing it rolls back what is left.
            throw new InputException("cannot upgrade the store to schema version 3: " + ContinuumStore.FirstLine(ex.Message), store.Path, inner: ex);
        }
    }

    private static void MigrateVersion1(ContinuumStore store)
    {
        using var tx = store.Connection.BeginTransaction();
        try
        {
            var before = Count(store, "observations");
            store.Execute($"""
                INSERT INTO series
                SELECT (SELECT coalesce(max(series_id), 0) FROM series) + row_number() OVER (ORDER BY {SeriesColumns}), {SeriesColumns}
                FROM (SELECT DISTINCT {SeriesColumns} FROM observations)
                """);
            var join = string.Join(" AND ", SeriesColumns.Split(", ").Select(c => $"s.{c} = o.{c}"));
            store.Execute($"""
                INSERT INTO points
                SELECT s.series_id, o.year, CASE WHEN o.period = CAST(o.year AS VARCHAR) THEN NULL ELSE o.period END, o.value
                FROM observations o JOIN series s ON {join}
                ORDER BY s.series_id, o.year, o.period
                """);
            store.Execute("DROP TABLE observations");
            store.Execute(StoreSchema.ObservationsView);
            var after = Count(store, "observations");
            if (after != before)
            {
                tx.Rollback();
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"cannot upgrade the store: {before} observations before, {after} after (observations without a dataset row?)"), store.Path);
            }

            store.Execute("INSERT OR REPLACE INTO store_info VALUES ('schema_version', '2')");
            tx.Commit();
        }
        catch (DuckDBException ex)
        {
            tx.Rollback();
            throw new InputException("cannot upgrade the store: " + ContinuumStore.FirstLine(ex.Message), store.Path, inner: ex);
        }
    }

    private static long Count(ContinuumStore store, string relation) =>
        Convert.ToInt64(store.Scalar($"SELECT count(*) FROM {relation}"), CultureInfo.InvariantCulture);
}
