using System.Globalization;
using Continuum.Data.IO;
using DuckDB.NET.Data;

namespace Continuum.Data.Store;

/// <summary>
/// Imports one file all-or-nothing: the observations are staged, checked (bad cells, unknown areas,
/// conflicting duplicates, conflicts with what the store holds, a user label colliding with a shipped vintage) and
/// merged in one transaction, together with the removal of the datasets it replaces. Importing the same file twice with
/// the same labels changes nothing; with other labels it is refused unless <see cref="ImportRequest.Replace"/> is set;
/// a malformed file leaves the store exactly as it was.
/// WDI CSVs are staged by DuckDB's reader; every other format is read in memory by <paramref name="readInMemory"/>
/// (format name from <paramref name="detectFormat"/> unless the request names one).
/// </summary>
public sealed partial class Importer(ContinuumStore store, Func<string, string> detectFormat, Func<string, string, ReadResult> readInMemory)
{
    /// <summary>Imports <paramref name="request"/> and says what it did.</summary>
    public ImportSummary Import(ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        DatasetLabels.Check(request);
        if (!File.Exists(request.Path))
        {
            throw new InputException("file not found", request.Path);
        }

        var sha = request.Sha256 ?? IO.FileHash.Sha256(request.Path);
        var prior = StoreDatasets.Select(store, "file_sha256 = $1", sha).FirstOrDefault();
        if (prior is not null && SameLabels(prior, request))
        {
            return new ImportSummary(new DatasetInfo(prior.Source, prior.Vintage, prior.Format, prior.FileName), 0, 0, AlreadyImported: true) { DatasetId = prior.Id };
        }

        RefuseRelabel(request, prior);
        if (!request.Shipped && request.Vintage is not null)
        {
            RefuseShippedVintage(request.Vintage, request.Path);
        }

        var format = request.Format ?? detectFormat(request.Path);
        var fast = prior is null && !request.Replace ? TryFastWide(request, format, sha) : null;
        return fast ?? ImportChecked(request, format, sha, prior);
    }

    private ImportSummary ImportChecked(ImportRequest request, string format, string sha, DatasetRecord? prior)
    {
        using var tx = store.Connection.BeginTransaction();
        try
        {
            var trace = PhaseTrace.FromEnvironment("import");
            store.Execute(StoreSchema.StageDdl);
            var (dataset, keysUnique) = Stage(request, format);
            trace.Mark("stage");
            var (replaced, notes) = ClearTheWay(request, dataset, prior);
            var stats = CheckStage(request.Path, format, dataset, keysUnique);
            trace.Mark("check");
            var (id, added, present) = Merge(dataset, sha, stats, request);
            trace.Mark("merge");
            store.Execute("DROP TABLE import_stage");
            tx.Commit();
            return new ImportSummary(dataset, added, present, AlreadyImported: false) { DatasetId = id, Replaced = replaced, Notes = notes };
        }
        catch (DuckDBException ex)
        {
            // The structure scans run before DuckDB sees a file, so this is a fault they did not foresee (or a store
            // that cannot be written): say so in words; the database's own text stays in the inner exception.
            throw new InputException($"cannot import the file as {format}: its contents could not be read into the store, " +
                "and nothing was changed (check that the file is a complete, unmodified download in that format)", request.Path, inner: ex);
        }
    }

    /// <summary>
    /// A WDI wide file into a vintage the store does not hold yet goes straight from DuckDB's CSV reader into the
    /// series and points tables (<see cref="WdiCsvStaging.InsertWideDirect"/>): a bad cell, an unknown area or two rows
    /// for one (indicator, area) make it fail, the transaction is rolled back, and the checked path below runs to
    /// report the file, line and field. Returns null when the direct path does not apply or failed.
    /// </summary>
    private ImportSummary? TryFastWide(ImportRequest request, string format, string sha)
    {
        if (format != WdiCsvStaging.WideFormat)
        {
            return null;
        }

        var staging = new WdiCsvStaging(store);
        var dataset = staging.Dataset(request, format);
        if (!request.Shipped)
        {
            RefuseShippedVintage(dataset.Vintage, request.Path);
        }

        if (Convert.ToInt64(store.Scalar("SELECT count(*) FROM datasets WHERE vintage = $1 AND shipped = $2", dataset.Vintage, request.Shipped),
                CultureInfo.InvariantCulture) > 0)
        {
            return null;
        }

        var trace = PhaseTrace.FromEnvironment("import");
        var id = NextDatasetId();
        using var tx = store.Connection.BeginTransaction();
        try
        {
            var notes = request.Shipped ? store.MoveUserDatasetsOutOf(dataset.Vintage) : [];
            var added = staging.InsertWideDirect(request.Path, id);
            if (added is null)
            {
                tx.Rollback();
                return null;
            }

            AddDataset(id, dataset, sha, (added.Value, 0), request);
            tx.Commit();
            trace.Mark("direct insert");
            return new ImportSummary(dataset, added.Value, 0, AlreadyImported: false) { DatasetId = id, Notes = notes };
        }
        catch (DuckDBException)
        {
            tx.Rollback();
            return null;
        }
    }

    private int NextDatasetId() =>
        Convert.ToInt32(store.Scalar("SELECT coalesce(max(dataset_id), 0) + 1 FROM datasets"), CultureInfo.InvariantCulture);

    private void AddDataset(int id, DatasetInfo dataset, string sha, (long Added, long Present) counts, ImportRequest request) =>
        store.Execute("""
            INSERT INTO datasets (dataset_id, source, vintage, format, file_name, file_sha256, observations, imported_at, origin, shipped, already_present)
            VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8, $9, $10)
            """, id, dataset.Source, dataset.Vintage, dataset.Format, Path.GetFileName(dataset.File), sha, counts.Added, request.Origin,
            request.Shipped, counts.Present);

    private (DatasetInfo Dataset, bool KeysUnique) Stage(ImportRequest request, string format)
    {
        if (WdiCsvStaging.Handles(format))
        {
            var staging = new WdiCsvStaging(store);
            var dataset = staging.Stage(request, format);
            return (dataset, staging.KeysUnique);
        }

        var result = readInMemory(request.Path, format);
        AppendStage(result.Observations);
        var read = result.Dataset;
        return (read with { Vintage = request.Vintage ?? read.Vintage, Source = request.Source ?? read.Source }, false);
    }

    private void AppendStage(IReadOnlyList<Observation> observations)
    {
        using var appender = store.Connection.CreateAppender("temp", "main", "import_stage");
        foreach (var o in observations)
        {
            appender.CreateRow()
                .AppendValue(0L).AppendValue(o.Indicator).AppendValue(o.Area).AppendValue(o.Counterpart)
                .AppendValue(o.Period).AppendValue(o.Year).AppendValue(o.Sex).AppendValue(o.AgeStart)
                .AppendValue(o.AgeEnd).AppendValue(o.Variant).AppendValue(o.Value).AppendValue(o.Unit)
                .AppendNullValue()
                .EndRow();
        }
    }

    /// <summary>Distinct keys staged, rows staged, and rows the store already holds for this vintage and these indicators.</summary>
    private readonly record struct StageStats(long Keys, long Rows, long Existing);

    private StageStats CheckStage(string path, string format, DatasetInfo dataset, bool keysUnique)
    {
        var problem = store.Query("SELECT line, problem FROM import_stage WHERE problem IS NOT NULL ORDER BY line LIMIT 1",
            r => (Line: r.GetInt64(0), Problem: r.GetString(1)));
        if (problem.Count > 0)
        {
            var (line, text) = problem[0];
            if (line == 0 && WdiCsvStaging.Handles(format))
            {
                line = new WdiCsvStaging(store).LocateProblem(path, format);
            }

            var field = text.Split(':', 2);
            throw new InputException(field.Length == 2 ? field[1].Trim() : text, path, line == 0 ? null : line,
                field.Length == 2 ? field[0] : null);
        }

        var counts = keysUnique
            ? Unique(StagedRows())
            : store.Query("""
            SELECT count(*) FILTER (WHERE lo <> hi), count(*), coalesce(sum(n), 0)::BIGINT FROM (
                SELECT min(value) AS lo, max(value) AS hi, count(*) AS n FROM import_stage
                GROUP BY indicator, area, counterpart, period, sex, age_start, variant)
            """, r => (Conflicts: r.GetInt64(0), Keys: r.GetInt64(1), Rows: Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture)))[0];
        if (counts.Conflicts > 0)
        {
            var dup = store.Query($"""
                SELECT indicator, area, counterpart, period, sex, age_start, variant, min(value), max(value)
                FROM import_stage GROUP BY ALL HAVING min(value) <> max(value) LIMIT 1
                """, r => Describe(r) + $" has two different values ({Num(r.GetDouble(7))} and {Num(r.GetDouble(8))})");
            throw new InputException("duplicate rows with conflicting values: " + dup[0], path, null, "Value");
        }

        var existing = Convert.ToInt64(store.Scalar(
            "SELECT count(*) FROM observations WHERE vintage = $1 AND indicator IN (SELECT DISTINCT indicator FROM import_stage)",
            dataset.Vintage), CultureInfo.InvariantCulture);
        var stats = new StageStats(counts.Keys, counts.Rows, existing);
        if (existing == 0)
        {
            return stats;
        }

        var clash = store.Query($"""
            SELECT s.indicator, s.area, s.counterpart, s.period, s.sex, s.age_start, s.variant, s.value, o.value
            FROM import_stage s JOIN observations o ON {KeyJoin("s", "o")}
            WHERE o.vintage = $1 AND o.value <> s.value LIMIT 1
            """, r => Describe(r) + $" is {Num(r.GetDouble(7))} in the file but the store holds {Num(r.GetDouble(8))}",
            dataset.Vintage);
        if (clash.Count > 0)
        {
            throw new InputException($"conflicts with vintage '{dataset.Vintage}' already in the store: {clash[0]}; import a revision under a new vintage", path);
        }

        return stats;
    }

    private (int Id, long Added, long Present) Merge(DatasetInfo dataset, string sha, StageStats stats, ImportRequest request)
    {
        var id = NextDatasetId();
        // A new vintage without repeated rows is written as staged; otherwise repeats are dropped and rows the
        // store already holds are skipped, which keeps a second import a no-op.
        var source = stats.Rows == stats.Keys ? "SELECT * EXCLUDE (line, problem) FROM import_stage"
            : "SELECT DISTINCT * EXCLUDE (line, problem) FROM import_stage";
        var skipKnown = stats.Existing == 0 ? string.Empty
            : $"WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.vintage = $1 AND {KeyJoin("s", "o")})";
        store.Execute($"CREATE OR REPLACE TEMP TABLE import_new AS SELECT s.* FROM ({source}) s {skipKnown}",
            stats.Existing == 0 ? [] : [dataset.Vintage]);
        var added = new ObservationWriter(store).Append("import_new", id);
        store.Execute("DROP TABLE import_new");
        AddDataset(id, dataset, sha, (added, stats.Keys - added), request);
        return (id, added, stats.Keys - added);
    }

    private static (long Conflicts, long Keys, long Rows) Unique(long rows) => (0, rows, rows);

    private long StagedRows() => Convert.ToInt64(store.Scalar("SELECT count(*) FROM import_stage"), CultureInfo.InvariantCulture);

    private static string KeyJoin(string a, string b) =>
        string.Join(" AND ", new[] { "indicator", "area", "counterpart", "period", "sex", "age_start", "variant" }
            .Select(c => $"{a}.{c} = {b}.{c}"));

    private static string Describe(DuckDBDataReader r)
    {
        var parts = new List<string> { r.GetString(0), r.GetString(1) };
        if (r.GetString(2).Length > 0) { parts.Add("to " + r.GetString(2)); }
        parts.Add(r.GetString(3));
        if (r.GetString(4) != "T") { parts.Add("sex " + r.GetString(4)); }
        if (r.GetInt32(5) >= 0) { parts.Add("age " + r.GetInt32(5).ToString(CultureInfo.InvariantCulture)); }
        if (r.GetString(6).Length > 0) { parts.Add(r.GetString(6)); }
        return string.Join(' ', parts);
    }

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
