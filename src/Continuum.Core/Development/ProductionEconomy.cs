using System.Globalization;
using Continuum.Models.Macro;

namespace Continuum.Core.Development;

/// <summary>A country's production-side data in the base year (PWT 10.01; GDP in current US$ from WDI).</summary>
/// <param name="RealGdpMillions">Real GDP, million 2017 US$ (rgdpna).</param>
/// <param name="CapitalStockMillions">Capital stock, million 2017 US$ (rnna).</param>
/// <param name="LabourShare">Labour share of income (labsh), 0.2–0.95.</param>
/// <param name="DepreciationRatePerYear">δ (delta), 0–0.2.</param>
/// <param name="InvestmentShare">s (csh_i), 0–0.7.</param>
/// <param name="NominalGdpUsdMillions">GDP in current US$ of the base year (for remittances as a share of GDP), million.</param>
public sealed record EconomyBase(double RealGdpMillions, double CapitalStockMillions, double LabourShare,
    double DepreciationRatePerYear, double InvestmentShare, double NominalGdpUsdMillions)
{
    /// <summary>Throws an <see cref="InputException"/> naming the first value outside its domain; <paramref name="country"/> names it.</summary>
    public EconomyBase Validate(string country)
    {
        Require.Positive(RealGdpMillions, $"{country} real GDP");
        Require.Positive(CapitalStockMillions, $"{country} capital stock");
        Require.InRange(LabourShare, 0.2, 0.95, $"{country} labour share");
        Require.InRange(DepreciationRatePerYear, 0, 0.2, $"{country} depreciation");
        Require.InRange(InvestmentShare, 0, 0.7, $"{country} investment share");
        Require.Positive(NominalGdpUsdMillions, $"{country} nominal GDP");
        return this;
    }
}

/// <summary>One country's macro path from the microsimulation's effective labour, by year index.</summary>
/// <param name="RealGdpMillions">Y, million 2017 US$.</param>
/// <param name="CapitalMillions">K at the start of each year, million 2017 US$.</param>
/// <param name="GdpPerCapita">Y ÷ population, 2017 US$ per person.</param>
/// <param name="NominalGdpUsdMillions">Base-year nominal GDP × Y/Y₀ (base-year prices), US$ million.</param>
public sealed record EconomyPath(double[] RealGdpMillions, double[] CapitalMillions, double[] GdpPerCapita, double[] NominalGdpUsdMillions);

/// <summary>
/// The production function of the host-economy model (<see cref="CobbDouglasPath"/>, also the base path of
/// <c>Continuum.Models.HostEconomy.HostEconomyModel</c>, shared/research/models.md §1.4) fed by the microsimulation: Y = A·K^α·H^(1−α) with α = 1 − labour share,
/// H the effective labour (employment in average-worker units) simulated in each year, A calibrated so that
/// Y equals PWT real GDP in the base year, and K(t+1) = (1 − δ)·K(t) + s·Y(t). A is held constant, so levels are
/// not forecasts; the difference between two scenarios is the quantity of interest. Pure.
/// </summary>
public static class ProductionEconomy
{
    /// <summary>Runs the path for <paramref name="effectiveLabour"/> and <paramref name="population"/> (persons, by year index).</summary>
    /// <param name="economy">Base-year data.</param>
    /// <param name="effectiveLabour">H by year (any positive unit; only ratios to year 0 matter).</param>
    /// <param name="population">Residents by year, persons.</param>
    /// <param name="baseEffectiveLabour">H₀ used to calibrate A (defaults to <paramref name="effectiveLabour"/>[0]); pass the baseline's H₀ when comparing scenarios.</param>
    public static EconomyPath Run(EconomyBase economy, ReadOnlySpan<double> effectiveLabour, ReadOnlySpan<double> population, double? baseEffectiveLabour = null)
    {
        ArgumentNullException.ThrowIfNull(economy);
        if (effectiveLabour.Length == 0 || population.Length != effectiveLabour.Length)
        {
            throw new ArgumentException("effective labour and population need the same positive number of years");
        }

        var h0 = baseEffectiveLabour ?? effectiveLabour[0];
        if (!(h0 > 0))
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"the base-year effective labour is {h0}; the country has no simulated workers"), field: "effective labour");
        }

        var alpha = 1 - economy.LabourShare;
        var tfp = CobbDouglasPath.Tfp(economy.RealGdpMillions, economy.CapitalStockMillions, h0, alpha);
        var n = effectiveLabour.Length;
        var y = new double[n];
        var k = new double[n];
        var perCapita = new double[n];
        var nominal = new double[n];
        CobbDouglasPath.Run(tfp, alpha, economy.CapitalStockMillions, economy.DepreciationRatePerYear, economy.InvestmentShare, effectiveLabour, k, y);
        for (var t = 0; t < n; t++)
        {
            perCapita[t] = population[t] > 0 ? y[t] * 1e6 / population[t] : double.NaN;
            nominal[t] = economy.NominalGdpUsdMillions * y[t] / economy.RealGdpMillions;
        }

        return new EconomyPath(y, k, perCapita, nominal);
    }

    /// <summary>Remittances received as a percentage of GDP (both in US$ millions of the base year's prices).</summary>
    public static double RemittancesShareOfGdpPercent(double receivedUsdMillions, double nominalGdpUsdMillions) =>
        nominalGdpUsdMillions > 0 ? 100 * receivedUsdMillions / nominalGdpUsdMillions : double.NaN;
}
