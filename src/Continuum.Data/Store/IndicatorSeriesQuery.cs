namespace Continuum.Data.Store;

/// <summary>
/// Every series of one indicator in one query, for callers that answer many <see cref="ContinuumStoreQuery.Series"/>
/// questions about the same indicator from memory (the web's data explorer).
/// </summary>
public static class IndicatorSeriesQuery
{
    /// <summary>
    /// One <see cref="Series"/> per (vintage, area) that holds <paramref name="indicator"/>, with the points
    /// <see cref="ContinuumStoreQuery.Series"/> returns for the <see cref="SeriesQuery"/> defaults (both sexes, all ages,
    /// no counterpart, any variant) and no year range, ordered by year then period (then variant, so the order is
    /// stable). A pair holding the indicator only for other dimensions (a sex, an age group, a counterpart) is
    /// listed with no points: it still counts when <see cref="ContinuumStoreQuery.NewestVintage"/> picks the newest
    /// vintage of an area. Source and unit are those of the series' first point, as in <c>Series</c>. Pairs are
    /// ordered by vintage, then area (ordinal).
    /// </summary>
    public static IReadOnlyList<Series> IndicatorSeries(this ContinuumStore store, string indicator)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(indicator);
        var rows = store.Query("""
            SELECT vintage, area, source, unit, period, year, value FROM (
                SELECT vintage, area, source, unit, period, year, value, variant FROM observations
                WHERE indicator = $1 AND sex = 'T' AND age_start = -1 AND counterpart = ''
                UNION ALL
                SELECT DISTINCT vintage, area, NULL, NULL, NULL, NULL, NULL, NULL FROM observations
                WHERE indicator = $1 AND NOT (sex = 'T' AND age_start = -1 AND counterpart = ''))
            ORDER BY vintage, area, year NULLS LAST, period, variant
            """, r => new Row(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : new SeriesPoint(r.GetString(4), r.GetInt32(5), r.GetDouble(6))), indicator);
        return Group(indicator, rows);
    }

    private static List<Series> Group(string indicator, List<Row> rows)
    {
        var result = new List<Series>();
        var periods = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = 0;
        while (start < rows.Count)
        {
            var end = start;
            var points = new List<SeriesPoint>();
            while (end < rows.Count && rows[end].Vintage == rows[start].Vintage && rows[end].Area == rows[start].Area)
            {
                if (rows[end].Point is { } p)
                {
                    // One string per distinct period keeps a few hundred thousand points small.
                    points.Add(p with { Period = periods.TryGetValue(p.Period, out var shared) ? shared : periods[p.Period] = p.Period });
                }

                end++;
            }

            var first = rows[start];
            result.Add(new Series(indicator, first.Area, first.Source ?? string.Empty, first.Vintage, first.Unit ?? string.Empty, points));
            start = end;
        }

        return result;
    }

    private sealed record Row(string Vintage, string Area, string? Source, string? Unit, SeriesPoint? Point);
}
