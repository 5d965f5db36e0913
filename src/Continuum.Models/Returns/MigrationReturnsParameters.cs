namespace Continuum.Models.Returns;

/// <summary>
/// One emigrant's career for the private-versus-social returns account. Money is in US$ (constant prices);
/// years are counted from the move (year 0). Parameter names match the keys of the parameter file.
/// </summary>
/// <param name="CareerYears">Working years after the move, 1–60.</param>
/// <param name="DiscountRatePerYear">Real discount rate, in [0, 1].</param>
/// <param name="OriginWageUsdPerYear">Gross wage at the origin, &gt; 0.</param>
/// <param name="DestinationWageUsdPerYear">Gross wage at the destination, &gt; 0.</param>
/// <param name="OriginTaxRate">Share of the origin wage paid in taxes and contributions, in [0, 1].</param>
/// <param name="DestinationTaxRate">Share of the destination wage paid in taxes and contributions, in [0, 1].</param>
/// <param name="OriginPriceLevel">Origin price level (United States = 1), &gt; 0; used for the PPP place premium.</param>
/// <param name="DestinationPriceLevel">Destination price level (United States = 1), &gt; 0.</param>
/// <param name="MigrationCostUsd">Up-front cost borne by the migrant (travel, licensing, recruitment fees), ≥ 0.</param>
/// <param name="RemittanceShare">Share of net destination earnings sent home, in [0, 1].</param>
/// <param name="RemittanceCostShare">Fees as a share of the amount sent (SDG 10.c.1), in [0, 1].</param>
/// <param name="PublicTrainingCostUsd">Public cost of the emigrant's training borne by the origin, ≥ 0.</param>
/// <param name="VacancyCostUsdPerYear">Output lost at the origin per year the post stays empty, ≥ 0.</param>
/// <param name="VacancyYears">Years the post stays empty after the move, 0–60.</param>
/// <param name="ReturnProbability">Probability that the emigrant returns, in [0, 1].</param>
/// <param name="YearsAbroadIfReturning">Years abroad of a returnee, 1–CareerYears.</param>
/// <param name="ReturnWagePremium">Proportional wage gain at the origin after return, ≥ 0.</param>
/// <param name="HostSurplusShare">Host gain beyond the wage (e.g. care delivered above pay) as a share of the wage, ≥ 0.</param>
/// <param name="HostTrainingCostSavedUsd">Training cost the host saves by hiring a trained worker, ≥ 0.</param>
public sealed record MigrationReturnsParameters(
    int CareerYears,
    double DiscountRatePerYear,
    double OriginWageUsdPerYear,
    double DestinationWageUsdPerYear,
    double OriginTaxRate,
    double DestinationTaxRate,
    double OriginPriceLevel,
    double DestinationPriceLevel,
    double MigrationCostUsd,
    double RemittanceShare,
    double RemittanceCostShare,
    double PublicTrainingCostUsd,
    double VacancyCostUsdPerYear,
    int VacancyYears,
    double ReturnProbability,
    int YearsAbroadIfReturning,
    double ReturnWagePremium,
    double HostSurplusShare,
    double HostTrainingCostSavedUsd)
{
    /// <summary>Throws an <see cref="InputException"/> naming the first parameter outside its allowed range (<see cref="MigrationReturnsSpecs"/>).</summary>
    public MigrationReturnsParameters Validate()
    {
        var s = MigrationReturnsSpecs.All;
        double[] values =
        [
            CareerYears, DiscountRatePerYear, OriginWageUsdPerYear, DestinationWageUsdPerYear, OriginTaxRate, DestinationTaxRate, OriginPriceLevel,
            DestinationPriceLevel, MigrationCostUsd, RemittanceShare, RemittanceCostShare, PublicTrainingCostUsd, VacancyCostUsdPerYear, VacancyYears,
            ReturnProbability, YearsAbroadIfReturning, ReturnWagePremium, HostSurplusShare, HostTrainingCostSavedUsd,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            // The spec's range is 1–60; a returnee cannot stay abroad longer than the career.
            _ = s[i] == MigrationReturnsSpecs.YearsAbroadIfReturning ? Require.InRange(values[i], 1, CareerYears, s[i].Name) : s[i].Check(values[i]);
        }
        return this;
    }
}
