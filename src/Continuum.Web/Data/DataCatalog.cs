using System.Globalization;
using Continuum.Web.Storage;

namespace Continuum.Web.Data;

/// <summary>The store's indicators and areas, read once per store version, for validation and pickers.</summary>
public sealed class DataCatalog(StoreGate gate)
{
    private Snapshot? _snapshot;

    /// <summary>Indicators by code.</summary>
    public IReadOnlyDictionary<string, IndicatorView> Indicators => Current().Indicators;

    /// <summary>Areas by code.</summary>
    public IReadOnlyDictionary<string, AreaView> Areas => Current().Areas;

    /// <summary>The indicator <paramref name="code"/>, or an <see cref="InputException"/> on field <paramref name="field"/>.</summary>
    public IndicatorView Indicator(string code, string field = "indicator") =>
        Indicators.TryGetValue(code, out var i) ? i : throw new InputException($"the store holds no indicator '{Api.QueryArgs.Clip(code)}' (see /api/data/indicators)", field: field);

    /// <summary>The area <paramref name="code"/>, or an <see cref="InputException"/> on field <paramref name="field"/>.</summary>
    public AreaView Area(string code, string field = "areas") =>
        Areas.TryGetValue(code, out var a) ? a : throw new InputException($"no area has the code '{Api.QueryArgs.Clip(code)}' (see /api/data/areas)", field: field);

    private Snapshot Current()
    {
        var snap = Volatile.Read(ref _snapshot);
        var version = gate.Version;
        if (snap is not null && snap.Version == version)
        {
            return snap;
        }

        var fresh = gate.Read(store => new Snapshot(version, Load(store), LoadAreas(store)));
        Volatile.Write(ref _snapshot, fresh);
        return fresh;
    }

    private static IReadOnlyDictionary<string, IndicatorView> Load(Continuum.Data.Store.ContinuumStore store)
    {
        var rows = store.Query("""
            SELECT o.indicator, coalesce(any_value(i.name), o.indicator), any_value(o.unit), coalesce(any_value(i.source), any_value(o.source)),
                   bool_or(o.counterpart <> '')
            FROM observations o LEFT JOIN indicators i ON i.indicator = o.indicator GROUP BY o.indicator ORDER BY o.indicator
            """, r => (Code: r.GetString(0), Name: r.GetString(1), Unit: r.GetString(2), Source: r.GetString(3), Bilateral: r.GetBoolean(4)));
        return rows.Select(r => new IndicatorView(r.Code, r.Name, r.Unit, r.Source, r.Bilateral,
                Continuum.Data.Store.ContinuumStoreQuery.Vintages(store, r.Code).Select(v => v.Vintage).ToList()))
            .ToDictionary(i => i.Indicator, StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, AreaView> LoadAreas(Continuum.Data.Store.ContinuumStore store) =>
        store.Query("SELECT code, name, kind, iso3, m49 FROM areas ORDER BY name", r => new AreaView(r.GetString(0), r.GetString(1), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture)))
            .ToDictionary(a => a.Code, StringComparer.Ordinal);

    private sealed record Snapshot(long Version, IReadOnlyDictionary<string, IndicatorView> Indicators, IReadOnlyDictionary<string, AreaView> Areas);
}
