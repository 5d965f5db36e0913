namespace Continuum.Core.Development;

/// <summary>
/// One indicator reported by <c>continuum run</c>, <c>continuum compare</c>, the run store and the web API: its code,
/// unit, a sentence of description, whether it is a key indicator (shown in the short tables), and how it is computed
/// from a year and country of a replicate. <see cref="All"/> is the only list: adding an indicator is one entry there.
/// </summary>
/// <param name="Code">Code, e.g. <c>real_gdp</c> (stored and compared under it).</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Description">What the value is, in one sentence.</param>
/// <param name="Key">True for the indicators the short tables show (in <see cref="All"/> order).</param>
/// <param name="Compute">The value in one year and country.</param>
public sealed record IndicatorDefinition(string Code, string Unit, string Description, bool Key, Func<IndicatorContext, double> Compute)
{
    /// <summary>All indicators, in report order.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new("real_gdp", "million 2017 US$", "Real GDP from the production function fed with the simulated effective labour.", true,
            x => x.Path.RealGdpMillions[x.YearIndex]),
        new("gdp_per_capita", "2017 US$", "Real GDP per resident.", true, x => x.Path.GdpPerCapita[x.YearIndex]),
        new("unemployment_rate", "percent", "Unemployed residents ÷ labour force.", true,
            x => x.LabourForce > 0 ? 100 * (x.LabourForce - x.Employed) / x.LabourForce : double.NaN),
        new("remittances_received", "million US$ (base-year prices)", "Remittances received from every host, net of corridor costs.", true,
            x => x.ReceivedUsdMillions),
        new("remittances_share_gdp", "percent", "Remittances received ÷ nominal GDP (both at base-year prices).", false,
            x => ProductionEconomy.RemittancesShareOfGdpPercent(x.ReceivedUsdMillions, x.Path.NominalGdpUsdMillions[x.YearIndex])),
        new("tertiary_share_residents", "percent", "Share of residents aged 25+ with tertiary education.", true, x => 100 * x.HumanCapital.TertiaryShare),
        new("mean_years_schooling_residents", "years", "Mean years of schooling of residents aged 25+.", false, x => x.HumanCapital.MeanYearsOfSchooling),
        new("underemployment_rate", "percent", "Share of employed tertiary-educated immigrants working below skill level.", false,
            x => 100 * x.Development.UnderemploymentRate(x.YearIndex, x.Country)),
        new("population", "persons", "Residents.", false, x => x.Population),
        new("employment", "persons", "Employed residents.", false, x => x.Employed),
    ];

    /// <summary>The key indicators, in report order.</summary>
    public static IReadOnlyList<IndicatorDefinition> KeyIndicators { get; } = [.. All.Where(i => i.Key)];

    /// <summary>The position of <paramref name="code"/> in <see cref="All"/>, or −1.</summary>
    public static int IndexOf(string code)
    {
        for (var k = 0; k < All.Count; k++)
        {
            if (All[k].Code == code)
            {
                return k;
            }
        }

        return -1;
    }
}
