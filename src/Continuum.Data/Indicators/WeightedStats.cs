namespace Continuum.Data.Indicators;

/// <summary>Weighted mean and quantiles with one documented definition.</summary>
public static class WeightedStats
{
    /// <summary>Σ wᵢxᵢ / Σ wᵢ. Weights must be positive.</summary>
    public static double Mean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        double sw = 0, swx = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sw += weights[i];
            swx += weights[i] * values[i];
        }

        return swx / sw;
    }

    /// <summary>
    /// The weighted quantile q ∈ [0, 1]: the smallest value x whose cumulative weight share (values sorted
    /// ascending) reaches q, except that when the share lands exactly on q the average of x and the next
    /// value is taken, so unweighted data give the usual median of an even-sized sample.
    /// </summary>
    public static double Quantile(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double q)
    {
        Require.Probability(q, "quantile");
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = values.ToArray();
        Array.Sort(keys, order);
        double total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        double cumulative = 0;
        for (var k = 0; k < order.Length; k++)
        {
            cumulative += weights[order[k]];
            var share = cumulative / total;
            if (Math.Abs(share - q) < 1e-12 && k + 1 < order.Length)
            {
                return (keys[k] + keys[k + 1]) / 2;
            }

            if (share >= q)
            {
                return keys[k];
            }
        }

        return keys[^1];
    }
}
