namespace Continuum.Models.Inequality;

/// <summary>
/// Stable least-significant-digit radix sort of doubles (four 16-bit passes over order-preserving 64-bit keys),
/// O(n) per pass; passes in which every key has the same digit are skipped. Faster than a comparison sort for the
/// million-household case and exact for every finite double.
/// </summary>
internal static class RadixOrder
{
    private const int DigitBits = 16;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = 64 / DigitBits;

    /// <summary>
    /// Returns the sort keys in ascending order (equal keys ⇔ equal values; −0 and +0 share a key) and, for each
    /// sorted position, the original index.
    /// </summary>
    public static (ulong[] SortedKeys, int[] Order) Sort(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        var keys = new ulong[n];
        var order = new int[n];
        var counts = new int[Passes * Buckets];
        for (var i = 0; i < n; i++)
        {
            var key = ToKey(values[i]);
            keys[i] = key;
            order[i] = i;
            for (var pass = 0; pass < Passes; pass++)
            {
                counts[(pass * Buckets) + (int)((key >> (pass * DigitBits)) & (Buckets - 1))]++;
            }
        }

        var spareKeys = new ulong[n];
        var spareOrder = new int[n];
        for (var pass = 0; pass < Passes; pass++)
        {
            var histogram = counts.AsSpan(pass * Buckets, Buckets);
            if (histogram.Contains(n))
            {
                continue;
            }

            Scatter(keys, order, spareKeys, spareOrder, histogram, pass * DigitBits);
            (keys, spareKeys) = (spareKeys, keys);
            (order, spareOrder) = (spareOrder, order);
        }

        return (keys, order);
    }

    private static void Scatter(ulong[] keys, int[] order, ulong[] toKeys, int[] toOrder, Span<int> histogram, int shift)
    {
        var offset = 0;
        for (var b = 0; b < histogram.Length; b++)
        {
            var c = histogram[b];
            histogram[b] = offset;
            offset += c;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var digit = (int)((keys[i] >> shift) & (Buckets - 1));
            var at = histogram[digit]++;
            toKeys[at] = keys[i];
            toOrder[at] = order[i];
        }
    }

    // IEEE 754 bits made unsigned-sortable: flip every bit of negatives, only the sign bit of positives;
    // −0 is mapped to +0 so that equal values always have equal keys.
    private static ulong ToKey(double value)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(value == 0 ? 0.0 : value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }
}
