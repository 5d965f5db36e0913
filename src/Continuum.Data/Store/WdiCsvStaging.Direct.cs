using System.Globalization;

namespace Continuum.Data.Store;

/// <summary>
/// The direct path for a wide file: its rows become <c>series</c> rows (one read of the name columns) and its cells
/// become <c>points</c> (a second read with the year columns typed as DOUBLE, unpivoted), with no staging table.
/// Every check is a statement that fails: a cell that is not a number fails the typed read, a non-finite number
/// fails <c>error()</c>, an unknown area fails the NOT NULL area of <c>series</c>; two rows for one (indicator, area)
/// are found on the series rows. The caller runs it inside a transaction and rolls back on any failure.
/// </summary>
internal sealed partial class WdiCsvStaging
{
    private const string YearColumns = "COLUMNS('^[0-9][0-9][0-9][0-9]$')";

    /// <summary>
    /// Writes a wide file as dataset <paramref name="datasetId"/> and returns the points added, or null when two rows
    /// name the same (indicator, area): then nothing useful was written and the caller must roll back. Series are
    /// numbered in file order and points follow the file, so each series' points are stored together.
    /// </summary>
    public long? InsertWideDirect(string path, int datasetId)
    {
        var header = WideHeader(path);
        CheckStructure(path, header);
        var firstSeries = Convert.ToInt64(store.Scalar("SELECT coalesce(max(series_id), 0) + 1 FROM series"), CultureInfo.InvariantCulture);
        using (var series = store.Command($"""
            INSERT INTO series
            SELECT $2 + r.rn - 1, $3, r."Indicator Code", a.code, '', 'T', -1, -1, '',
                   coalesce(i.unit, regexp_extract(r."Indicator Name", '\(([^()]*)\)\s*$', 1))
            FROM (SELECT row_number() OVER () AS rn, "Indicator Code", "Country Code", "Indicator Name" FROM {ReadTyped(header)}) r
            LEFT JOIN area_aliases a ON a.scheme = 'wb' AND a.alias = r."Country Code"
            LEFT JOIN indicators i ON i.indicator = r."Indicator Code"
            """, path, firstSeries, datasetId))
        {
            series.ExecuteNonQuery();
        }

        var unique = Convert.ToBoolean(store.Scalar(
            "SELECT count(*) = count(DISTINCT (indicator, area)) FROM series WHERE dataset_id = $1", datasetId), CultureInfo.InvariantCulture);
        if (!unique)
        {
            return null;
        }

        using var points = store.Command($"""
            INSERT INTO points (series_id, year, value)
            SELECT u.sid, CAST(u.yr AS INTEGER), CASE WHEN isfinite(u.v) THEN u.v ELSE error('a value is not finite') END
            FROM (UNPIVOT (SELECT s.series_id AS sid, {YearColumns}
                           FROM {ReadTyped(header)} r
                           JOIN area_aliases a ON a.scheme = 'wb' AND a.alias = r."Country Code"
                           JOIN series s ON s.dataset_id = $2 AND s.indicator = r."Indicator Code" AND s.area = a.code)
                  ON {YearColumns} INTO NAME yr VALUE v) u
            """, path, datasetId);
        return RequireValues(path, points.ExecuteNonQuery());
    }

    /// <summary>
    /// DuckDB's reader with the columns declared from the checked header (year columns DOUBLE, so values are parsed once,
    /// by the reader; the others VARCHAR) and no sniffing, which would cost a quarter of a second per read of 200 MB.
    /// </summary>
    private static string ReadTyped(Header header)
    {
        var columns = header.Names.Select((n, i) => (Name: n.Length == 0 ? "column" + i.ToString(CultureInfo.InvariantCulture) : n, Year: Year().IsMatch(n)))
            .Select(c => $"'{c.Name.Replace("'", "''", StringComparison.Ordinal)}': '{(c.Year ? "DOUBLE" : "VARCHAR")}'");
        return $"read_csv($1, auto_detect = false, header = true, delim = ',', quote = '\"', escape = '\"', skip = {header.Line - 1}, " +
               $"null_padding = false, columns = {{{string.Join(", ", columns)}}})";
    }
}
