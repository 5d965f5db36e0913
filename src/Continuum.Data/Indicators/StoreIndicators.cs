using Continuum.Data.Store;

namespace Continuum.Data.Indicators;

/// <summary>A value per year for one area, with the provenance of its inputs.</summary>
public sealed record IndicatorPoint(string Area, int Year, double Value, string Vintage);

/// <summary>A corridor total from a bilateral matrix.</summary>
public sealed record CorridorValue(string From, string To, double Value, string Unit, string Vintage);

/// <summary>
/// Indicators computed over the store (formulas in docs/indicators.md): remittances over ODA, FDI and GDP;
/// year-on-year and peak-to-trough change; migrant stock share of population; top corridors and destination
/// counts from the 2017 bilateral matrices; RPW corridor average costs.
/// </summary>
public static class StoreIndicators
{
    /// <summary>Personal remittances received over another WDI flow (ODA, FDI or GDP), same area, year and vintage.</summary>
    public static IReadOnlyList<IndicatorPoint> RemittanceRatio(ContinuumStore store, string denominator, string area, int from, int to) =>
        Ratio(store, "BX.TRF.PWKR.CD.DT", denominator, area, from, to, 1);

    /// <summary>Migrant stock as a percent of population (SM.POP.TOTL / SP.POP.TOTL × 100, both WDI).</summary>
    public static IReadOnlyList<IndicatorPoint> MigrantShare(ContinuumStore store, string area, int from, int to) =>
        Ratio(store, "SM.POP.TOTL", "SP.POP.TOTL", area, from, to, 100);

    /// <summary>Numerator over denominator for each year both have in one vintage (the newest holding both).</summary>
    public static IReadOnlyList<IndicatorPoint> Ratio(ContinuumStore store, string numerator, string denominator, string area, int from, int to, double factor)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Query("""
            SELECT n.year, n.value / d.value, n.vintage FROM observations n
            JOIN observations d ON d.area = n.area AND d.year = n.year AND d.vintage = n.vintage AND d.period = n.period
                 AND d.indicator = $2 AND d.sex = 'T' AND d.age_start = -1 AND d.counterpart = ''
            WHERE n.indicator = $1 AND n.area = $3 AND n.year BETWEEN $4 AND $5 AND n.sex = 'T' AND n.age_start = -1 AND n.counterpart = ''
              AND d.value <> 0
            ORDER BY n.year, n.vintage
            """, r => new IndicatorPoint(area, r.GetInt32(0), r.GetDouble(1) * factor, r.GetString(2)), numerator, denominator, area, from, to)
            .GroupBy(p => p.Year).Select(g => g.OrderByDescending(p => VintageDate.Parse(p.Vintage) ?? DateOnly.MinValue).First()).ToList();
    }

    /// <summary>Year-on-year change in percent of a series (newest vintage).</summary>
    public static IReadOnlyList<IndicatorPoint> YearOnYear(ContinuumStore store, string indicator, string area, int from, int to)
    {
        var series = store.Series(new SeriesQuery(indicator, area, null, from - 1, to));
        if (series is null)
        {
            return [];
        }

        var byYear = series.Points.Where(p => p.Period.Length == 4).ToDictionary(p => p.Year, p => p.Value);
        return byYear.Keys.Where(y => y >= from && byYear.ContainsKey(y - 1)).Order()
            .Select(y => new IndicatorPoint(area, y, (byYear[y] / byYear[y - 1] - 1) * 100, series.Vintage)).ToList();
    }

    /// <summary>
    /// Peak-to-trough change in percent: min over the trough years over max over the peak years, minus one
    /// (e.g. peak 2007–2008, trough 2009–2010 for the 2008 crisis). Null when a year is missing.
    /// </summary>
    public static IndicatorPoint? PeakToTrough(ContinuumStore store, string indicator, string area, (int From, int To) peak, (int From, int To) trough)
    {
        var series = store.Series(new SeriesQuery(indicator, area, null, peak.From, trough.To));
        if (series is null)
        {
            return null;
        }

        var p = series.Points.Where(x => x.Year >= peak.From && x.Year <= peak.To).Select(x => x.Value).ToList();
        var t = series.Points.Where(x => x.Year >= trough.From && x.Year <= trough.To).Select(x => x.Value).ToList();
        return p.Count == 0 || t.Count == 0 ? null : new IndicatorPoint(area, trough.From, (t.Min() / p.Max() - 1) * 100, series.Vintage);
    }

    /// <summary>Largest corridors of a bilateral indicator (KNOMAD.REM.BILAT or KNOMAD.MIG.STOCK), countries only.</summary>
    public static IReadOnlyList<CorridorValue> TopCorridors(ContinuumStore store, string indicator, int top, string? from = null, string? to = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Query("""
            SELECT o.area, o.counterpart, o.value, o.unit, o.vintage FROM observations o
            JOIN areas a ON a.code = o.area AND a.kind = 'country'
            JOIN areas b ON b.code = o.counterpart AND b.kind = 'country'
            WHERE o.indicator = $1 AND ($2 IS NULL OR o.area = $2) AND ($3 IS NULL OR o.counterpart = $3)
            ORDER BY o.value DESC, o.area, o.counterpart LIMIT $4
            """, r => new CorridorValue(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetString(3), r.GetString(4)), indicator, from, to, top);
    }

    /// <summary>Number of countries with a positive bilateral value from <paramref name="area"/> (e.g. destinations of its emigrants).</summary>
    public static long DestinationCount(ContinuumStore store, string indicator, string area)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Convert.ToInt64(store.Scalar("""
            SELECT count(DISTINCT o.counterpart) FROM observations o JOIN areas b ON b.code = o.counterpart AND b.kind = 'country'
            WHERE o.indicator = $1 AND o.area = $2 AND o.value > 0
            """, indicator, area), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>RPW corridor average total cost (percent of USD 200) for a quarter, highest first.</summary>
    public static IReadOnlyList<CorridorValue> RpwCorridorCosts(ContinuumStore store, string period)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Query("""
            SELECT area, counterpart, value, unit, vintage FROM observations
            WHERE indicator = 'ATCR.CORR' AND period = $1 ORDER BY value DESC, area, counterpart
            """, r => new CorridorValue(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetString(3), r.GetString(4)), period);
    }
}
