namespace Continuum.Models.Statistics;

/// <summary>One indicator's paired difference in one year and area.</summary>
/// <param name="MeanA">Mean of scenario A over replicates.</param>
/// <param name="MeanB">Mean of scenario B over replicates.</param>
/// <param name="Difference">Mean of the replicate differences B − A (= MeanB − MeanA).</param>
/// <param name="Lower">Lower end of the confidence band (NaN with one replicate).</param>
/// <param name="Upper">Upper end of the confidence band (NaN with one replicate).</param>
/// <param name="Replicates">Number of replicate pairs N.</param>
public readonly record struct PairedDifference(double MeanA, double MeanB, double Difference, double Lower, double Upper, int Replicates);

/// <summary>
/// Paired comparison of two scenarios run with common random numbers: replicate r of A and of B share every
/// draw except where their levers differ, so the differences dᵣ = Bᵣ − Aᵣ carry little noise. The band is the
/// paired t interval d̄ ± t(1 − α/2, N − 1)·s_d/√N over the N replicate differences (default 95 %). A scenario
/// compared with itself has every dᵣ = 0 exactly, hence a zero difference and a zero-width band.
/// </summary>
public static class PairedComparison
{
    /// <summary>Compares replicate values <paramref name="a"/> and <paramref name="b"/> (same length N ≥ 1; pairs share draws).</summary>
    public static PairedDifference Compare(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double confidence = 0.95)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            throw new ArgumentException("a and b need the same positive number of replicates");
        }

        Require.InRange(confidence, 0.5, 0.9999, "confidence");
        var n = a.Length;
        double sumA = 0, sumB = 0, sumD = 0;
        for (var r = 0; r < n; r++)
        {
            sumA += a[r];
            sumB += b[r];
            sumD += b[r] - a[r];
        }

        var mean = sumD / n;
        if (n == 1)
        {
            return new PairedDifference(sumA, sumB, mean, double.NaN, double.NaN, 1);
        }

        double ss = 0;
        for (var r = 0; r < n; r++)
        {
            var e = b[r] - a[r] - mean;
            ss += e * e;
        }

        var halfWidth = ss == 0 ? 0 : StudentT.Quantile(1 - ((1 - confidence) / 2), n - 1) * Math.Sqrt(ss / (n - 1) / n);
        return new PairedDifference(sumA / n, sumB / n, mean, mean - halfWidth, mean + halfWidth, n);
    }
}
