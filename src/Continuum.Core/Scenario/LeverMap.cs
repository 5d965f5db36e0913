using System.Collections;
using System.Collections.Immutable;

namespace Continuum.Core.Scenario;

/// <summary>
/// An immutable map sorted by key (ordinal for strings) with structural equality: two maps with the same keys and
/// values are equal, whatever order they were built in. Scenario levers, vintages and tables are held in it, so two
/// scenarios read from equal text are equal.
/// </summary>
/// <typeparam name="TKey">Key (e.g. <see cref="Iso3"/> or <see cref="Corridor"/>).</typeparam>
/// <typeparam name="TValue">Value (compared with its own equality).</typeparam>
public sealed class LeverMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<LeverMap<TKey, TValue>>
    where TKey : notnull
{
    private static readonly IComparer<TKey> KeyOrder = typeof(TKey) == typeof(string) ? (IComparer<TKey>)StringComparer.Ordinal : Comparer<TKey>.Default;

    private readonly ImmutableSortedDictionary<TKey, TValue> _items;

    private LeverMap(ImmutableSortedDictionary<TKey, TValue> items) => _items = items;

    /// <summary>The empty map.</summary>
    public static LeverMap<TKey, TValue> Empty { get; } = new(ImmutableSortedDictionary.Create<TKey, TValue>(KeyOrder));

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public IEnumerable<TKey> Keys => _items.Keys;

    /// <inheritdoc />
    public IEnumerable<TValue> Values => _items.Values;

    /// <inheritdoc />
    public TValue this[TKey key] => _items[key];

    /// <summary>A map of <paramref name="pairs"/> (a later pair with the same key wins).</summary>
    public static LeverMap<TKey, TValue> Of(IEnumerable<KeyValuePair<TKey, TValue>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var builder = ImmutableSortedDictionary.CreateBuilder<TKey, TValue>(KeyOrder);
        foreach (var (key, value) in pairs)
        {
            builder[key] = value;
        }

        return builder.Count == 0 ? Empty : new LeverMap<TKey, TValue>(builder.ToImmutable());
    }

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public LeverMap<TKey, TValue> With(TKey key, TValue value) => new(_items.SetItem(key, value));

    /// <summary>This map laid over <paramref name="lower"/>: every key of either, this map's value where both have one.</summary>
    public LeverMap<TKey, TValue> Over(LeverMap<TKey, TValue> lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        return Count == 0 ? lower : lower.Count == 0 ? this : new LeverMap<TKey, TValue>(lower._items.SetItems(_items));
    }

    /// <inheritdoc />
    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value!);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(LeverMap<TKey, TValue>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        var values = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in _items)
        {
            if (!other._items.TryGetValue(key, out var theirs) || !values.Equals(value, theirs))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LeverMap<TKey, TValue> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (key, value) in _items)
        {
            hash.Add(key);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", _items.Select(p => $"{p.Key} = {p.Value}")) + "}";
}
