namespace Continuum.Models.Inequality;

/// <summary>
/// Sort-based (stable radix sort, O(n) per sort) Gini and concentration coefficients in the population convention (no n/(n−1)),
/// exact with ties and weights: a household's rank is its weighted mid-rank
/// F_i = (weight of households strictly below + half the weight of its tie group) / total weight,
/// which makes the result independent of how ties are ordered and equal to the mean-difference form
/// Σ_i Σ_j w_i w_j |y_i − y_j| / (2 W² μ).
/// </summary>
public static class GiniCoefficient
{
    /// <summary>The Gini coefficient of <paramref name="values"/> (≥ 0, positive mean); in [0, 1).</summary>
    /// <param name="values">Incomes, one per household.</param>
    /// <param name="weights">Household weights, or empty for all 1.</param>
    public static double Of(ReadOnlySpan<double> values, ReadOnlySpan<double> weights = default)
    {
        // Same ranks as MidRanks, summed per tie group (x is constant in a group) without a ranks array.
        var (keys, order) = RadixOrder.Sort(values);
        var unweighted = weights.IsEmpty;
        var totalWeight = unweighted ? values.Length : Sum(weights);
        double below = 0, weighted = 0, total = 0;
        var start = 0;
        while (start < keys.Length)
        {
            var end = start;
            var groupWeight = 0.0;
            while (end < keys.Length && keys[end] == keys[start])
            {
                groupWeight += unweighted ? 1 : weights[order[end]];
                end++;
            }

            var groupIncome = groupWeight * values[order[start]];
            total += groupIncome;
            weighted += groupIncome * (((below + (0.5 * groupWeight)) / totalWeight) - 0.5);
            below += groupWeight;
            start = end;
        }

        return total == 0 ? double.NaN : 2 * weighted / total;
    }

    /// <summary>
    /// The concentration coefficient 2·cov(x, F)/μ_x = 2 Σ w x (F − ½) / Σ w x of <paramref name="values"/> for the
    /// ranks <paramref name="ranks"/> (from <see cref="MidRanks"/>); NaN when Σ w x = 0. In [−1, 1].
    /// </summary>
    public static double Concentration(ReadOnlySpan<double> values, ReadOnlySpan<double> ranks, ReadOnlySpan<double> weights = default)
    {
        double weighted = 0, total = 0;
        var unweighted = weights.IsEmpty;
        for (var i = 0; i < values.Length; i++)
        {
            var wx = unweighted ? values[i] : weights[i] * values[i];
            total += wx;
            weighted += wx * (ranks[i] - 0.5);
        }

        return total == 0 ? double.NaN : 2 * weighted / total;
    }

    /// <summary>Weighted mid-ranks F_i in (0, 1) of <paramref name="values"/>; equal values share one rank.</summary>
    public static double[] MidRanks(ReadOnlySpan<double> values, ReadOnlySpan<double> weights = default)
    {
        var n = values.Length;
        var (keys, order) = RadixOrder.Sort(values);
        var unweighted = weights.IsEmpty;
        var totalWeight = unweighted ? n : Sum(weights);
        var ranks = new double[n];
        var below = 0.0;
        var start = 0;
        while (start < n)
        {
            var end = start;
            var groupWeight = 0.0;
            while (end < n && keys[end] == keys[start])
            {
                groupWeight += unweighted ? 1 : weights[order[end]];
                end++;
            }

            var rank = (below + (0.5 * groupWeight)) / totalWeight;
            for (var j = start; j < end; j++)
            {
                ranks[order[j]] = rank;
            }

            below += groupWeight;
            start = end;
        }

        return ranks;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }
}
