using System.Globalization;

namespace Continuum.Data.Store;

/// <summary>
/// Writes observations with their provenance to CSV or Parquet through DuckDB's COPY, into a temporary
/// file that is renamed over the target only when complete. Rows are ordered by every key column, so the
/// same store gives the same file.
/// </summary>
public static class StoreExport
{
    /// <summary>The exported columns, in order.</summary>
    public const string Columns =
        "source, vintage, indicator, area, counterpart, period, year, sex, age_start, age_end, variant, value, unit";

    /// <summary>Exports the selected observations and returns how many rows were written.</summary>
    public static long Export(ContinuumStore store, string path, string format, string? indicator, IReadOnlyList<string> areas, string? vintage)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(areas);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        var args = new List<object?> { indicator, vintage };
        var areaFilter = areas.Count == 0 ? string.Empty : " AND area IN (" + string.Join(", ", areas.Select(a =>
        {
            args.Add(a);
            return "$" + args.Count.ToString(CultureInfo.InvariantCulture);
        })) + ")";
        var where = "($1 IS NULL OR indicator = $1) AND ($2 IS NULL OR vintage = $2)" + areaFilter;
        var count = Convert.ToInt64(store.Scalar("SELECT count(*) FROM observations WHERE " + where, args.ToArray()), CultureInfo.InvariantCulture);
        var options = format == "parquet" ? "FORMAT parquet" : "FORMAT csv, HEADER true";
        try
        {
            store.Execute($"COPY (SELECT {Columns} FROM observations WHERE {where} ORDER BY {Columns}) TO '{temp.Replace("'", "''", StringComparison.Ordinal)}' ({options})",
                args.ToArray());
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        return count;
    }
}
