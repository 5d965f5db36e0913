namespace Continuum.Models.Tests.Inequality;

/// <summary>Independent O(n²) reference: mean-difference Gini and concentration coefficients (ties count 0).</summary>
internal static class DirectGini
{
    public static double Concentration(double[] x, double[] rankBy, double[]? w)
    {
        double sum = 0, total = 0, weight = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var wi = w?[i] ?? 1;
            weight += wi;
            total += wi * x[i];
            for (var j = 0; j < x.Length; j++)
            {
                var wj = w?[j] ?? 1;
                sum += wi * wj * (x[i] - x[j]) * Math.Sign(rankBy[i] - rankBy[j]);
            }
        }

        var mean = total / weight;
        return sum / (2 * weight * weight * mean);
    }

    public static double Gini(double[] x, double[]? w) => Concentration(x, x, w);
}
