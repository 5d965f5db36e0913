namespace Continuum.Models.HostEconomy;

/// <summary>Okun's law in first differences, Δu(t) = a − b·g(t), estimated by ordinary least squares.</summary>
public static class OkunLaw
{
    /// <summary>
    /// The coefficient b (points of unemployment per percent of real GDP growth) from annual real GDP
    /// growth <paramref name="gdpGrowthPercent"/>[t] and unemployment rates <paramref name="unemploymentPercent"/>[t]
    /// of the same years (at least 5 consecutive years).
    /// </summary>
    public static double EstimateCoefficient(ReadOnlySpan<double> gdpGrowthPercent, ReadOnlySpan<double> unemploymentPercent)
    {
        if (gdpGrowthPercent.Length != unemploymentPercent.Length || gdpGrowthPercent.Length < 5)
        {
            throw new InputException("Okun's law needs at least 5 consecutive years of GDP growth and unemployment", field: "okun");
        }

        var n = gdpGrowthPercent.Length - 1;
        double meanG = 0, meanDu = 0;
        for (var t = 1; t <= n; t++)
        {
            meanG += gdpGrowthPercent[t] / n;
            meanDu += (unemploymentPercent[t] - unemploymentPercent[t - 1]) / n;
        }

        double covariance = 0, variance = 0;
        for (var t = 1; t <= n; t++)
        {
            var g = gdpGrowthPercent[t] - meanG;
            covariance += g * (unemploymentPercent[t] - unemploymentPercent[t - 1] - meanDu);
            variance += g * g;
        }

        return variance > 0 ? -covariance / variance : throw new InputException("GDP growth does not vary, so Okun's coefficient is undefined", field: "okun");
    }
}
