using Continuum.Data.Store;

namespace Continuum.Web.Data;

/// <summary>
/// Every series of one indicator at one store state (vintage → area → points sorted by year), answering any area,
/// year range and vintage from memory with the semantics of <see cref="ContinuumStoreQuery.Series"/> for the
/// <see cref="SeriesQuery"/> defaults (both sexes, all ages, no counterpart, any variant). Immutable.
/// </summary>
public sealed class IndicatorSeriesIndex
{
    private readonly Dictionary<(string Vintage, string Area), Series> _series = [];
    private readonly Dictionary<string, string[]> _vintagesNewestFirst = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="all"/>, the result of <see cref="IndicatorSeriesQuery.IndicatorSeries"/> for <paramref name="indicator"/>.</summary>
    public IndicatorSeriesIndex(string indicator, IReadOnlyList<Series> all)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(all);
        Indicator = indicator;
        foreach (var s in all)
        {
            _series[(s.Vintage, s.Area)] = s;
            PointCount += s.Points.Count;
        }

        // "Newest" in the order ContinuumStoreQuery.Vintages uses.
        foreach (var group in all.GroupBy(s => s.Area, StringComparer.Ordinal))
        {
            _vintagesNewestFirst[group.Key] = [.. VintageDate.NewestFirst(group.Select(s => s.Vintage).Distinct(StringComparer.Ordinal), v => v)];
        }
    }

    /// <summary>The indicator's code.</summary>
    public string Indicator { get; }

    /// <summary>Points held, over all vintages and areas (the index's size, about 50 bytes each).</summary>
    public long PointCount { get; }

    /// <summary>
    /// The series of <paramref name="area"/> in [<paramref name="fromYear"/>, <paramref name="toYear"/>] from
    /// <paramref name="vintage"/>, or when null from the newest vintage holding the indicator for the area (which
    /// <see cref="Series.Vintage"/> reports); null when that vintage has no points in the range, as in the store.
    /// </summary>
    public Series? Find(string area, string? vintage, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(area);
        var used = vintage ?? (_vintagesNewestFirst.TryGetValue(area, out var held) ? held[0] : null);
        if (used is null || !_series.TryGetValue((used, area), out var series))
        {
            return null;
        }

        var points = series.Points;
        var first = FirstAtOrAfter(points, fromYear);
        var end = toYear == int.MaxValue ? points.Count : FirstAtOrAfter(points, toYear + 1);

        if (end <= first)
        {
            return null;
        }

        var slice = new SeriesPoint[end - first];
        for (var i = first; i < end; i++)
        {
            slice[i - first] = points[i];
        }

        return series with { Points = slice };
    }

    /// <summary>Index of the first point whose year is at least <paramref name="year"/> (points are sorted by year).</summary>
    private static int FirstAtOrAfter(IReadOnlyList<SeriesPoint> points, int year)
    {
        var (lo, hi) = (0, points.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (points[mid].Year < year)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
