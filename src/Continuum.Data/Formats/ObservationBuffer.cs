using System.Globalization;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Collects a reader's observations and rejects duplicates: the same key (indicator, area, counterpart,
/// period, sex, ages, variant) twice with different values is an <see cref="InputException"/> naming both
/// lines; an exact repeat is kept once.
/// </summary>
public sealed class ObservationBuffer
{
    private readonly Dictionary<ObservationKey, (double Value, long Line)> _seen = [];
    private readonly List<Observation> _list = [];
    private readonly string _file;

    /// <summary>Creates a buffer for observations read from <paramref name="file"/>.</summary>
    public ObservationBuffer(string file) => _file = file;

    /// <summary>The observations so far, in file order.</summary>
    public IReadOnlyList<Observation> Observations => _list;

    /// <summary>Adds <paramref name="o"/>, read at <paramref name="line"/> from <paramref name="field"/>.</summary>
    public void Add(Observation o, long line, string field)
    {
        var key = new ObservationKey(o.Indicator, o.Area, o.Counterpart, o.Period, o.Sex, o.AgeStart, o.AgeEnd, o.Variant);
        if (_seen.TryGetValue(key, out var first))
        {
            if (first.Value.Equals(o.Value))
            {
                return;
            }

            throw new InputException(
                string.Create(CultureInfo.InvariantCulture, $"duplicate {o.Indicator} for {o.Area}{(o.Counterpart.Length > 0 ? "→" + o.Counterpart : "")} {o.Period} with a different value ({o.Value} here, {first.Value} on line {first.Line})"),
                _file, line, field);
        }

        _seen[key] = (o.Value, line);
        _list.Add(o);
    }

    private readonly record struct ObservationKey(
        string Indicator, string Area, string Counterpart, string Period, string Sex, int AgeStart, int AgeEnd, string Variant);
}
