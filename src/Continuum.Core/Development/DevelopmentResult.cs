using Continuum.Core.Population;

namespace Continuum.Core.Development;

/// <summary>
/// The development outcome of one replicate: per year the integer sums of <see cref="DevelopmentSums"/>, and the
/// run's calibration. Conversions to persons, US$ millions and average-worker units are methods, so stored
/// values stay exact.
/// </summary>
public sealed class DevelopmentResult
{
    /// <summary>Allocates empty sums for <paramref name="years"/> years and <paramref name="countries"/> countries.</summary>
    public DevelopmentResult(int years, int countries, CalibratedDevelopment calibration)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        Calibration = calibration;
        Years = new DevelopmentSums[years];
        for (var y = 0; y < years; y++)
        {
            Years[y] = new DevelopmentSums(countries);
        }
    }

    /// <summary>The run's calibration (anchored earnings, remittance shares, corridor fits).</summary>
    public CalibratedDevelopment Calibration { get; }

    /// <summary>Sums by year index.</summary>
    public DevelopmentSums[] Years { get; }

    /// <summary>The year-by-year sum of two results over disjoint persons that share one calibration (exact: integer sums).</summary>
    public static DevelopmentResult Sum(DevelopmentResult a, DevelopmentResult b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!ReferenceEquals(a.Calibration, b.Calibration) || a.Years.Length != b.Years.Length)
        {
            throw new ArgumentException("only results with the same calibration and years can be added");
        }

        var sum = new DevelopmentResult(a.Years.Length, a.Years[0].Countries, a.Calibration);
        for (var y = 0; y < a.Years.Length; y++)
        {
            sum.Years[y].Add(a.Years[y]);
            sum.Years[y].Add(b.Years[y]);
        }

        return sum;
    }

    /// <summary>Effective labour of <paramref name="country"/>: employed persons in average-worker units (base-year mean factor = 1).</summary>
    public double EffectiveLabour(int yearIndex, int country) =>
        Years[yearIndex].EffectiveLabour[country] / DevelopmentSums.FactorUnits / PopulationState.WeightUnitsPerPerson
        / Calibration.MeanFactorOfEmployed[country];

    /// <summary>Labour earnings of the employed residents of <paramref name="country"/>, US$ millions (anchor-year prices).</summary>
    public double EarningsUsdMillions(int yearIndex, int country) => Usd(Years[yearIndex].EarningsUsd[country]);

    /// <summary>Remittances received by <paramref name="origin"/> from every host, net of costs, US$ millions.</summary>
    public double ReceivedUsdMillions(int yearIndex, int origin)
    {
        var sums = Years[yearIndex];
        long total = 0;
        for (var h = 0; h < sums.Countries; h++)
        {
            total += sums.RemittancesReceivedUsd[(h * sums.Countries) + origin];
        }

        return Usd(total);
    }

    /// <summary>Remittances received in the corridor host → origin, US$ millions.</summary>
    public double CorridorReceivedUsdMillions(int yearIndex, int host, int origin) =>
        Usd(Years[yearIndex].RemittancesReceivedUsd[(host * Years[yearIndex].Countries) + origin]);

    /// <summary>Share of employed tertiary-educated immigrants in <paramref name="country"/> working below skill level (NaN with none).</summary>
    public double UnderemploymentRate(int yearIndex, int country)
    {
        var all = Years[yearIndex].TertiaryImmigrantsEmployed[country];
        return all > 0 ? Years[yearIndex].Underemployed[country] / (double)all : double.NaN;
    }

    private static double Usd(long fixedPoint) => fixedPoint / (double)PopulationState.WeightUnitsPerPerson / 1e6;
}
