using System.Globalization;

namespace Continuum.Data.Store;

/// <summary>
/// Writes checked observations into the narrow layout (see <see cref="StoreSchema"/>): one <c>series</c> row per
/// distinct (indicator, area, counterpart, sex, ages, variant, unit) of the import, then one <c>points</c> row per
/// value, ordered by series and year so a series' points sit together (DuckDB's zone maps skip the rest on a query).
/// </summary>
internal sealed class ObservationWriter(ContinuumStore store)
{
    private const string SeriesColumns = "indicator, area, counterpart, sex, age_start, age_end, variant, unit";

    /// <summary>
    /// Appends the rows of the table or view <paramref name="relation"/> (columns as <c>import_stage</c> without
    /// line and problem; keys already unique and checked) as dataset <paramref name="datasetId"/>; returns the points written.
    /// </summary>
    public long Append(string relation, int datasetId)
    {
        var firstSeries = Convert.ToInt64(store.Scalar("SELECT coalesce(max(series_id), 0) + 1 FROM series"), CultureInfo.InvariantCulture);
        store.Execute($"""
            INSERT INTO series
            SELECT $1 + row_number() OVER (ORDER BY {SeriesColumns}) - 1, $2, {SeriesColumns}
            FROM (SELECT DISTINCT {SeriesColumns} FROM {relation})
            """, firstSeries, datasetId);
        var join = string.Join(" AND ", SeriesColumns.Split(", ").Select(c => $"s.{c} = r.{c}"));
        using var points = store.Command($"""
            INSERT INTO points
            SELECT s.series_id, r.year, CASE WHEN r.period = CAST(r.year AS VARCHAR) THEN NULL ELSE r.period END, r.value
            FROM {relation} r JOIN series s ON s.dataset_id = $1 AND {join}
            ORDER BY s.series_id, r.year, r.period
            """, datasetId);
        return points.ExecuteNonQuery();
    }
}
