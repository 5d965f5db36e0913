using System.Globalization;
using System.Text;
using Continuum.Data.Indicators;
using Continuum.Data.IO;
using Continuum.Data.Store;
using Continuum.Web.Api;
using Continuum.Web.Storage;

namespace Continuum.Web.Data;

/// <summary>
/// The data explorer's reads: series by indicator and areas (with vintages), corridors of the bilateral matrices, CSV.
/// Each indicator is read from the store once per store state (one query, all areas and vintages) and every
/// question about it is then answered from memory; serialised answers are also cached per request.
/// </summary>
public sealed class DataService(StoreGate gate, ResponseCache cache, DataCatalog catalog)
{
    /// <summary>Most corridors listed.</summary>
    public const int MaxTop = 250;

    /// <summary>Most series points kept in memory over all indicators (about 50 bytes each, so about 50 MB).</summary>
    public const long MaxSeriesPoints = 1_000_000;

    /// <summary>Most corridors kept in memory over all bilateral indicators (about 200 bytes each, so about 50 MB).</summary>
    public const long MaxCorridors = 250_000;

    // One query under the gate per indicator and store state; the index is built after the read connection is returned.
    private readonly StoreStateCache<IndicatorSeriesIndex> _series =
        new(gate, indicator => new IndicatorSeriesIndex(indicator, gate.Read(store => store.IndicatorSeries(indicator))), i => i.PointCount, MaxSeriesPoints);

    private readonly StoreStateCache<CorridorIndex> _corridors =
        new(gate, indicator => new CorridorIndex(gate.Read(store => StoreIndicators.TopCorridors(store, indicator, int.MaxValue))),
            c => c.Count, MaxCorridors);

    /// <summary>Indicators whose series are in memory now (for tests and diagnostics).</summary>
    public IReadOnlyList<string> IndicatorsInMemory => _series.LoadedKeys;

    /// <summary>The series as JSON.</summary>
    public async Task<byte[]> SeriesJsonAsync(SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = await _series.GetAsync(request.Indicator).ConfigureAwait(false);
        return cache.GetOrAdd("series|" + request.CacheKey, () => ApiResults.ToJson(Series(request, index)));
    }

    /// <summary>The series as CSV: <c>indicator,area,area_name,source,vintage,unit,year,value</c>.</summary>
    public async Task<string> SeriesCsvAsync(SeriesRequest request)
    {
        var view = await SeriesAsync(request).ConfigureAwait(false);
        var csv = new StringBuilder("indicator,area,area_name,source,vintage,unit,year,value\n");
        foreach (var line in view.Lines)
        {
            for (var i = 0; i < line.Years.Count; i++)
            {
                CsvWriter.AppendRow(csv, view.Indicator, line.Area, line.AreaName, line.Source, line.Vintage, view.Unit, line.Years[i], line.Values[i]);
            }
        }

        return csv.ToString();
    }

    /// <summary>Reads the series of each area (the newest vintage holding it unless the request names one).</summary>
    public async Task<SeriesView> SeriesAsync(SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Series(request, await _series.GetAsync(request.Indicator).ConfigureAwait(false));
    }

    /// <summary>Corridors as JSON.</summary>
    public async Task<byte[]> CorridorsJsonAsync(CorridorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = await _corridors.GetAsync(request.Indicator).ConfigureAwait(false);
        return cache.GetOrAdd("corridors|" + request.CacheKey, () => ApiResults.ToJson(Corridors(request, index)));
    }

    /// <summary>Corridors as CSV: <c>indicator,from,to,value,unit,vintage</c>.</summary>
    public async Task<string> CorridorsCsvAsync(CorridorRequest request)
    {
        var view = await CorridorsAsync(request).ConfigureAwait(false);
        var csv = new StringBuilder("indicator,from,to,value,unit,vintage\n");
        foreach (var c in view.Corridors)
        {
            CsvWriter.AppendRow(csv, view.Indicator, c.From, c.To, c.Value, view.Unit, view.Vintage);
        }

        return csv.ToString();
    }

    /// <summary>The largest corridors worldwide, or every corridor from/to the chosen country (largest first, capped at <c>top</c> unless a map needs all).</summary>
    public async Task<CorridorView> CorridorsAsync(CorridorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Corridors(request, await _corridors.GetAsync(request.Indicator).ConfigureAwait(false));
    }

    private SeriesView Series(SeriesRequest request, IndicatorSeriesIndex index)
    {
        var info = catalog.Indicator(request.Indicator);
        var found = request.Areas.Select(a => (Area: a, Series: index.Find(a, request.Vintage, request.FromYear, request.ToYear))).ToList();
        var lines = found.Where(f => f.Series is not null).Select(f => Line(f.Series!)).ToList();
        return new SeriesView(info.Indicator, info.Name, info.Unit, lines, found.Where(f => f.Series is null).Select(f => f.Area).ToList());
    }

    private CorridorView Corridors(CorridorRequest request, CorridorIndex index)
    {
        var info = catalog.Indicator(request.Indicator);
        var from = request.Direction == "from" ? request.Area : null;
        var to = request.Direction == "to" ? request.Area : null;
        var rows = index.Top(request.Area is null ? request.Top : int.MaxValue, from, to);
        var items = rows.Select(r => Item(r, request)).ToList();
        var vintage = rows.Count > 0 ? rows[0].Vintage : info.Vintages.FirstOrDefault() ?? string.Empty;
        return new CorridorView(info.Indicator, info.Unit, vintage, request.Area, request.Direction, items.Sum(i => i.Value),
            request.Area is null ? items : items.Take(request.Top).Concat(items.Skip(request.Top).Where(_ => request.All)).ToList());
    }

    private CorridorItem Item(CorridorValue r, CorridorRequest request)
    {
        var partner = request.Direction == "to" ? r.From : r.To;
        catalog.Areas.TryGetValue(partner, out var area);
        return new CorridorItem(r.From, r.To, partner, area?.Name ?? partner, area?.M49, r.Value);
    }

    /// <summary>One value per year: the annual one (period "2001") where the year has one, else the year's first period (e.g. "2001Q1").</summary>
    private SeriesLine Line(Series s)
    {
        var name = catalog.Areas.TryGetValue(s.Area, out var a) ? a.Name : s.Area;
        var years = new List<int>(s.Points.Count);
        var values = new List<double>(s.Points.Count);
        var firstIsAnnual = false;
        foreach (var p in s.Points) // ordered by year, then period (store and index alike), so each year's points are adjacent
        {
            var annual = p.Period.Length == 4;
            if (years.Count == 0 || years[^1] != p.Year)
            {
                years.Add(p.Year);
                values.Add(p.Value);
                firstIsAnnual = annual;
            }
            else if (annual && !firstIsAnnual)
            {
                values[^1] = p.Value;
                firstIsAnnual = true;
            }
        }

        return new SeriesLine(s.Area, name, s.Source, s.Vintage, years, values);
    }
}
