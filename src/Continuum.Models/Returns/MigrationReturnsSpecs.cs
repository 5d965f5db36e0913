namespace Continuum.Models.Returns;

/// <summary>
/// The parameters of the returns account, declared once, in the order of <see cref="MigrationReturnsParameters"/>: the keys of
/// the parameter file and of the web's query. Defaults come from the parameter file (the shipped example is
/// <c>data/parameters/caribbean-nurse.csv</c>); <see cref="MigrationReturnsParameters.Validate"/> checks with these specs.
/// </summary>
public static class MigrationReturnsSpecs
{
    private const string FromFile = "the parameter file";
    private const double Unbounded = double.PositiveInfinity;

    /// <summary>Working years after the move.</summary>
    public static readonly ParameterSpec CareerYears = Spec("career_years", "years", 1, 60, "Working years after the move.") with { Whole = true };

    /// <summary>Real discount rate.</summary>
    public static readonly ParameterSpec DiscountRatePerYear = Spec("discount_rate_per_year", "per year", 0, 1, "Real discount rate.");

    /// <summary>Gross wage at the origin.</summary>
    public static readonly ParameterSpec OriginWageUsdPerYear = Positive("origin_wage_usd_per_year", "US$ per year", "Gross wage at the origin.");

    /// <summary>Gross wage at the destination.</summary>
    public static readonly ParameterSpec DestinationWageUsdPerYear = Positive("destination_wage_usd_per_year", "US$ per year", "Gross wage at the destination.");

    /// <summary>Share of the origin wage paid in taxes and contributions.</summary>
    public static readonly ParameterSpec OriginTaxRate = Spec("origin_tax_rate", "share of wage", 0, 1, "Share of the origin wage paid in taxes and contributions.");

    /// <summary>Share of the destination wage paid in taxes and contributions.</summary>
    public static readonly ParameterSpec DestinationTaxRate = Spec("destination_tax_rate", "share of wage", 0, 1,
        "Share of the destination wage paid in taxes and contributions.");

    /// <summary>Origin price level, for the PPP place premium.</summary>
    public static readonly ParameterSpec OriginPriceLevel = Positive("origin_price_level", "US 2017 = 1", "Origin price level, for the PPP place premium.");

    /// <summary>Destination price level.</summary>
    public static readonly ParameterSpec DestinationPriceLevel = Positive("destination_price_level", "US 2017 = 1", "Destination price level.");

    /// <summary>Up-front cost borne by the migrant.</summary>
    public static readonly ParameterSpec MigrationCostUsd = Spec("migration_cost_usd", "US$", 0, Unbounded,
        "Up-front cost borne by the migrant (travel, licensing, recruitment fees).");

    /// <summary>Share of net destination earnings sent home.</summary>
    public static readonly ParameterSpec RemittanceShare = Spec("remittance_share", "share of net earnings", 0, 1, "Share of net destination earnings sent home.");

    /// <summary>Fees as a share of the amount sent.</summary>
    public static readonly ParameterSpec RemittanceCostShare = Spec("remittance_cost_share", "share of amount sent", 0, 1,
        "Fees as a share of the amount sent (SDG 10.c.1).");

    /// <summary>Public cost of the emigrant's training borne by the origin.</summary>
    public static readonly ParameterSpec PublicTrainingCostUsd = Spec("public_training_cost_usd", "US$", 0, Unbounded,
        "Public cost of the emigrant's training borne by the origin.");

    /// <summary>Output lost at the origin per year the post stays empty.</summary>
    public static readonly ParameterSpec VacancyCostUsdPerYear = Spec("vacancy_cost_usd_per_year", "US$ per year", 0, Unbounded,
        "Output lost at the origin per year the post stays empty.");

    /// <summary>Years the post stays empty after the move.</summary>
    public static readonly ParameterSpec VacancyYears = Spec("vacancy_years", "years", 0, 60, "Years the post stays empty after the move.") with { Whole = true };

    /// <summary>Probability that the emigrant returns.</summary>
    public static readonly ParameterSpec ReturnProbability = Spec("return_probability", "probability", 0, 1, "Probability that the emigrant returns.");

    /// <summary>Years abroad of a returnee, 1 to <c>career_years</c>.</summary>
    public static readonly ParameterSpec YearsAbroadIfReturning = Spec("years_abroad_if_returning", "years", 1, 60,
        "Years abroad of a returnee, 1 to career_years.") with { Whole = true };

    /// <summary>Proportional wage gain at the origin after return.</summary>
    public static readonly ParameterSpec ReturnWagePremium = Spec("return_wage_premium", "share of origin wage", 0, Unbounded,
        "Proportional wage gain at the origin after return.");

    /// <summary>Host gain beyond the wage as a share of the wage.</summary>
    public static readonly ParameterSpec HostSurplusShare = Spec("host_surplus_share", "share of destination wage", 0, Unbounded,
        "Host gain beyond the wage (e.g. care delivered above pay) as a share of the wage.");

    /// <summary>Training cost the host saves by hiring a trained worker.</summary>
    public static readonly ParameterSpec HostTrainingCostSavedUsd = Spec("host_training_cost_saved_usd", "US$", 0, Unbounded,
        "Training cost the host saves by hiring a trained worker.");

    /// <summary>Every parameter, in the order of <see cref="MigrationReturnsParameters"/>.</summary>
    public static readonly IReadOnlyList<ParameterSpec> All =
    [
        CareerYears, DiscountRatePerYear, OriginWageUsdPerYear, DestinationWageUsdPerYear, OriginTaxRate, DestinationTaxRate,
        OriginPriceLevel, DestinationPriceLevel, MigrationCostUsd, RemittanceShare, RemittanceCostShare, PublicTrainingCostUsd,
        VacancyCostUsdPerYear, VacancyYears, ReturnProbability, YearsAbroadIfReturning, ReturnWagePremium, HostSurplusShare, HostTrainingCostSavedUsd,
    ];

    /// <summary>The names of <see cref="All"/>: the keys of a returns parameter file.</summary>
    public static readonly IReadOnlyList<string> Keys = [.. All.Select(s => s.Name)];

    private static ParameterSpec Spec(string name, string unit, double min, double max, string help) =>
        new(name, unit, min, max, null, help) { DefaultText = FromFile };

    private static ParameterSpec Positive(string name, string unit, string help) => Spec(name, unit, 0, Unbounded, help) with { MinExclusive = true };
}
