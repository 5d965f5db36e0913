namespace Continuum.Core.Development;

/// <summary>An indicator reported by <c>continuum compare</c>: its code and unit.</summary>
/// <param name="Code">Code, e.g. <c>real_gdp</c>.</param>
/// <param name="Unit">Unit of the values.</param>
public sealed record IndicatorName(string Code, string Unit)
{
    /// <summary>Residents.</summary>
    public static readonly IndicatorName Population = new("population", "persons");

    /// <summary>Employed residents.</summary>
    public static readonly IndicatorName Employment = new("employment", "persons");

    /// <summary>Unemployed ÷ labour force.</summary>
    public static readonly IndicatorName UnemploymentRate = new("unemployment_rate", "percent");

    /// <summary>Real GDP from the production function.</summary>
    public static readonly IndicatorName RealGdp = new("real_gdp", "million 2017 US$");

    /// <summary>Real GDP per resident.</summary>
    public static readonly IndicatorName GdpPerCapita = new("gdp_per_capita", "2017 US$");

    /// <summary>Remittances received, net of costs.</summary>
    public static readonly IndicatorName RemittancesReceived = new("remittances_received", "million US$ (base-year prices)");

    /// <summary>Remittances received ÷ GDP.</summary>
    public static readonly IndicatorName RemittancesShareOfGdp = new("remittances_share_gdp", "percent");

    /// <summary>Tertiary share of residents aged 25+.</summary>
    public static readonly IndicatorName TertiaryShare = new("tertiary_share_residents", "percent");

    /// <summary>Mean years of schooling of residents aged 25+.</summary>
    public static readonly IndicatorName MeanYearsOfSchooling = new("mean_years_schooling_residents", "years");

    /// <summary>Employed tertiary immigrants below skill level.</summary>
    public static readonly IndicatorName UnderemploymentRate = new("underemployment_rate", "percent");

    /// <summary>All indicators, in report order.</summary>
    public static IReadOnlyList<IndicatorName> All { get; } =
        [RealGdp, GdpPerCapita, UnemploymentRate, RemittancesReceived, RemittancesShareOfGdp, TertiaryShare, MeanYearsOfSchooling, UnderemploymentRate, Population, Employment];
}
