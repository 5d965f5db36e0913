using System.Globalization;
using System.Text;
using Continuum.Data.Indicators;
using Continuum.Data.Store;
using Continuum.Web.Api;
using Continuum.Web.Storage;

namespace Continuum.Web.Data;

/// <summary>The data explorer's reads: series by indicator and areas (with vintages), corridors of the bilateral matrices, CSV.</summary>
public sealed class DataService(StoreGate gate, ResponseCache cache, DataCatalog catalog)
{
    /// <summary>Most corridors listed.</summary>
    public const int MaxTop = 250;

    /// <summary>The series as JSON.</summary>
    public byte[] SeriesJson(SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return cache.GetOrAdd("series|" + request.CacheKey, () => ApiResults.ToJson(Series(request)));
    }

    /// <summary>The series as CSV: <c>indicator,area,area_name,source,vintage,unit,year,value</c>.</summary>
    public string SeriesCsv(SeriesRequest request)
    {
        var view = Series(request);
        var csv = new StringBuilder("indicator,area,area_name,source,vintage,unit,year,value\n");
        foreach (var line in view.Lines)
        {
            for (var i = 0; i < line.Years.Count; i++)
            {
                CsvText.Row(csv, view.Indicator, line.Area, line.AreaName, line.Source, line.Vintage, view.Unit,
                    line.Years[i].ToString(CultureInfo.InvariantCulture), line.Values[i].ToString("R", CultureInfo.InvariantCulture));
            }
        }

        return csv.ToString();
    }

    /// <summary>Reads the series of each area (the newest vintage holding it unless the request names one).</summary>
    public SeriesView Series(SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var info = catalog.Indicator(request.Indicator);
        // The indicator's newest vintage is the newest for every area that has it, so trying it first saves the
        // library's per-area vintage search (a scan) in the common case; otherwise the library searches as usual.
        var newest = request.Vintage ?? info.Vintages.FirstOrDefault();
        var found = gate.Read(store => request.Areas.Select(a =>
        {
            var query = new SeriesQuery(request.Indicator, a, newest, request.FromYear, request.ToYear);
            return (Area: a, Series: store.Series(query) ?? (request.Vintage is null ? store.Series(query with { Vintage = null }) : null));
        }).ToList());
        var lines = found.Where(f => f.Series is not null).Select(f => Line(f.Series!)).ToList();
        return new SeriesView(info.Indicator, info.Name, info.Unit, lines, found.Where(f => f.Series is null).Select(f => f.Area).ToList());
    }

    /// <summary>Corridors as JSON.</summary>
    public byte[] CorridorsJson(CorridorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return cache.GetOrAdd("corridors|" + request.CacheKey, () => ApiResults.ToJson(Corridors(request)));
    }

    /// <summary>Corridors as CSV: <c>indicator,from,to,value,unit,vintage</c>.</summary>
    public string CorridorsCsv(CorridorRequest request)
    {
        var view = Corridors(request);
        var csv = new StringBuilder("indicator,from,to,value,unit,vintage\n");
        foreach (var c in view.Corridors)
        {
            CsvText.Row(csv, view.Indicator, c.From, c.To, c.Value.ToString("R", CultureInfo.InvariantCulture), view.Unit, view.Vintage);
        }

        return csv.ToString();
    }

    /// <summary>The largest corridors worldwide, or every corridor from/to the chosen country (largest first, capped at <c>top</c> unless a map needs all).</summary>
    public CorridorView Corridors(CorridorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var info = catalog.Indicator(request.Indicator);
        var from = request.Direction == "from" ? request.Area : null;
        var to = request.Direction == "to" ? request.Area : null;
        var limit = request.Area is null ? request.Top : int.MaxValue;
        var rows = gate.Read(store => StoreIndicators.TopCorridors(store, request.Indicator, limit, from, to));
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

    private SeriesLine Line(Series s)
    {
        var name = catalog.Areas.TryGetValue(s.Area, out var a) ? a.Name : s.Area;
        var byYear = s.Points.GroupBy(p => p.Year).Select(g => g.OrderBy(p => p.Period.Length == 4 ? 0 : 1).First()).OrderBy(p => p.Year).ToList();
        return new SeriesLine(s.Area, name, s.Source, s.Vintage, byYear.Select(p => p.Year).ToList(), byYear.Select(p => p.Value).ToList());
    }
}
