using Continuum.Data.Indicators;

namespace Continuum.Web.Data;

/// <summary>
/// Every corridor between countries of one bilateral indicator at one store state, in the order of
/// <see cref="StoreIndicators.TopCorridors"/> (value descending, then origin, then destination), with the lists
/// from and to each country, so any <c>top</c>, <c>from</c> or <c>to</c> is answered from memory exactly as that
/// query answers it. Immutable.
/// </summary>
public sealed class CorridorIndex
{
    private readonly IReadOnlyList<CorridorValue> _all;
    private readonly Dictionary<string, List<CorridorValue>> _from = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CorridorValue>> _to = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="all"/>, every corridor of the indicator in <c>TopCorridors</c> order.</summary>
    public CorridorIndex(IReadOnlyList<CorridorValue> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        _all = all;
        foreach (var c in all)
        {
            Add(_from, c.From, c);
            Add(_to, c.To, c);
        }
    }

    /// <summary>Corridors held (the index's size).</summary>
    public long Count => _all.Count;

    /// <summary>
    /// What <c>TopCorridors(store, indicator, top, from, to)</c> returns: the corridors from <paramref name="from"/>
    /// and/or to <paramref name="to"/> (either may be null for any), the first <paramref name="top"/>.
    /// </summary>
    public IReadOnlyList<CorridorValue> Top(int top, string? from = null, string? to = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        IReadOnlyList<CorridorValue> list = from is not null ? _from.GetValueOrDefault(from) ?? []
            : to is not null ? _to.GetValueOrDefault(to) ?? [] : _all;
        var matching = from is not null && to is not null ? list.Where(c => c.To == to) : list;
        return matching.Take(top).ToList();
    }

    private static void Add(Dictionary<string, List<CorridorValue>> lists, string key, CorridorValue c)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(c);
    }
}
