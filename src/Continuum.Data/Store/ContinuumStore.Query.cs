namespace Continuum.Data.Store;

/// <summary>Reading observations back: series by indicator and area, vintages, newest first.</summary>
public static class ContinuumStoreQuery
{
    /// <summary>
    /// The series <paramref name="query"/> asks for, from the named vintage or else the newest vintage (by release
    /// date) that holds this indicator for this area; null when the store has none.
    /// </summary>
    public static Series? Series(this ContinuumStore store, SeriesQuery query)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var vintage = query.Vintage ?? store.NewestVintage(query.Indicator, query.Area);
        if (vintage is null)
        {
            return null;
        }

        var rows = store.Query("""
            SELECT source, unit, period, year, value FROM observations
            WHERE indicator = $1 AND area = $2 AND vintage = $3 AND sex = $4 AND age_start = $5 AND counterpart = $6
              AND ($7 IS NULL OR variant = $7) AND year BETWEEN $8 AND $9
            ORDER BY year, period
            """, r => (Source: r.GetString(0), Unit: r.GetString(1), Point: new SeriesPoint(r.GetString(2), r.GetInt32(3), r.GetDouble(4))),
            query.Indicator, query.Area, vintage, query.Sex, query.AgeStart, query.Counterpart, query.Variant,
            query.FromYear ?? int.MinValue, query.ToYear ?? int.MaxValue);
        if (rows.Count == 0)
        {
            return null;
        }

        return new Series(query.Indicator, query.Area, rows[0].Source, vintage, rows[0].Unit, rows.Select(r => r.Point).ToList());
    }

    /// <summary>Vintages holding <paramref name="indicator"/> (for <paramref name="area"/> when given), newest first.</summary>
    public static IReadOnlyList<VintageInfo> Vintages(this ContinuumStore store, string indicator, string? area = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var list = store.Query("""
            SELECT source, vintage, count(*) FROM observations
            WHERE indicator = $1 AND ($2 IS NULL OR area = $2) GROUP BY source, vintage
            """, r => new VintageInfo(r.GetString(0), r.GetString(1), VintageDate.Parse(r.GetString(1)), r.GetInt64(2)), indicator, area);
        return VintageDate.NewestFirst(list, v => v.Vintage).ToList();
    }

    /// <summary>The newest vintage (by release date) holding the indicator for the area, or null.</summary>
    public static string? NewestVintage(this ContinuumStore store, string indicator, string? area = null) =>
        store.Vintages(indicator, area).FirstOrDefault()?.Vintage;

    /// <summary>
    /// The newest shipped vintage (by release date) holding the indicator for the area, else the newest of any vintage,
    /// or null. What the evidence ledger uses when a claim names no vintage, so that a user's import under a newer label
    /// never changes the ledger of the shipped data (a claim on an indicator only the user imported still finds it).
    /// </summary>
    public static string? NewestShippedVintage(this ContinuumStore store, string indicator, string? area = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var shipped = store.Query("""
            SELECT DISTINCT d.vintage FROM series s JOIN datasets d ON d.dataset_id = s.dataset_id
            WHERE d.shipped AND s.indicator = $1 AND ($2 IS NULL OR s.area = $2)
            """, r => r.GetString(0), indicator, area).ToHashSet(StringComparer.Ordinal);
        var vintages = store.Vintages(indicator, area);
        return (vintages.FirstOrDefault(v => shipped.Contains(v.Vintage)) ?? vintages.FirstOrDefault())?.Vintage;
    }
}
