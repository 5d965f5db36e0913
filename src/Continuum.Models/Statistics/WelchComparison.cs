namespace Continuum.Models.Statistics;

/// <summary>One indicator's unpaired difference in one year and area (Welch).</summary>
/// <param name="MeanA">Mean of run A over its replicates.</param>
/// <param name="MeanB">Mean of run B over its replicates.</param>
/// <param name="Difference">MeanB − MeanA.</param>
/// <param name="Lower">Lower end of the confidence band (NaN when either side has one replicate).</param>
/// <param name="Upper">Upper end of the confidence band (NaN when either side has one replicate).</param>
/// <param name="StandardError">√(s²_A/n_A + s²_B/n_B), same unit as the values (NaN when either side has one replicate).</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom (NaN when either side has one replicate or both variances are 0).</param>
public readonly record struct WelchDifference(double MeanA, double MeanB, double Difference, double Lower, double Upper, double StandardError,
    double DegreesOfFreedom);

/// <summary>
/// Unpaired comparison of two runs whose replicates share no draws (different seeds or replicate counts): Welch's
/// t interval d ± t(1 − α/2, ν)·SE with d = B̄ − Ā, SE = √(s²_A/n_A + s²_B/n_B) and the Welch–Satterthwaite
/// ν = SE⁴ / ((s²_A/n_A)²/(n_A − 1) + (s²_B/n_B)²/(n_B − 1)) (Welch 1947; R's <c>t.test(var.equal = FALSE)</c>).
/// Two sides whose replicates are all equal give a zero-width band.
/// </summary>
public static class WelchComparison
{
    /// <summary>Compares replicate values <paramref name="a"/> (n_A ≥ 1) and <paramref name="b"/> (n_B ≥ 1), band at <paramref name="confidence"/>.</summary>
    public static WelchDifference Compare(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double confidence = 0.95)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            throw new ArgumentException("a and b need at least one replicate each");
        }

        Require.InRange(confidence, 0.5, 0.9999, "confidence");
        var (meanA, varA) = MeanAndVariance(a);
        var (meanB, varB) = MeanAndVariance(b);
        var difference = meanB - meanA;
        if (a.Length == 1 || b.Length == 1)
        {
            return new WelchDifference(meanA, meanB, difference, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var ua = varA / a.Length;
        var ub = varB / b.Length;
        var se2 = ua + ub;
        if (se2 == 0)
        {
            return new WelchDifference(meanA, meanB, difference, difference, difference, 0, double.NaN);
        }

        var df = se2 * se2 / ((ua * ua / (a.Length - 1)) + (ub * ub / (b.Length - 1)));
        var halfWidth = StudentT.Quantile(1 - ((1 - confidence) / 2), df) * Math.Sqrt(se2);
        return new WelchDifference(meanA, meanB, difference, difference - halfWidth, difference + halfWidth, Math.Sqrt(se2), df);
    }

    /// <summary>Mean and sample variance (n − 1 denominator; 0 for one value), two-pass for accuracy.</summary>
    private static (double Mean, double Variance) MeanAndVariance(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / values.Length;
        if (values.Length == 1)
        {
            return (mean, 0);
        }

        double ss = 0;
        foreach (var v in values)
        {
            ss += (v - mean) * (v - mean);
        }

        return (mean, ss / (values.Length - 1));
    }
}
