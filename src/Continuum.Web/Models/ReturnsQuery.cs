using Microsoft.AspNetCore.Mvc;

namespace Continuum.Web.Models;

/// <summary>
/// Query parameters of <c>GET /api/models/returns</c>: every key of the returns parameter file
/// (docs/models/returns.md), each overriding the shipped example <c>data/parameters/caribbean-nurse.csv</c>.
/// Text here; parsed and range-checked by <see cref="ReturnsService"/> with the model's own validation.
/// </summary>
public sealed class ReturnsQuery
{
    /// <summary>Override of <c>career_years</c>: working years after the move, 1–60 (whole number).</summary>
    [FromQuery(Name = "career_years")]
    public string? CareerYears { get; init; }

    /// <summary>Override of <c>discount_rate_per_year</c>: real discount rate per year, in [0, 1].</summary>
    [FromQuery(Name = "discount_rate_per_year")]
    public string? DiscountRatePerYear { get; init; }

    /// <summary>Override of <c>origin_wage_usd_per_year</c>: gross wage at the origin, US$ per year, > 0.</summary>
    [FromQuery(Name = "origin_wage_usd_per_year")]
    public string? OriginWageUsdPerYear { get; init; }

    /// <summary>Override of <c>destination_wage_usd_per_year</c>: gross wage at the destination, US$ per year, > 0.</summary>
    [FromQuery(Name = "destination_wage_usd_per_year")]
    public string? DestinationWageUsdPerYear { get; init; }

    /// <summary>Override of <c>origin_tax_rate</c>: share of the origin wage paid in taxes, in [0, 1].</summary>
    [FromQuery(Name = "origin_tax_rate")]
    public string? OriginTaxRate { get; init; }

    /// <summary>Override of <c>destination_tax_rate</c>: share of the destination wage paid in taxes, in [0, 1].</summary>
    [FromQuery(Name = "destination_tax_rate")]
    public string? DestinationTaxRate { get; init; }

    /// <summary>Override of <c>origin_price_level</c>: origin price level, US 2017 = 1, > 0.</summary>
    [FromQuery(Name = "origin_price_level")]
    public string? OriginPriceLevel { get; init; }

    /// <summary>Override of <c>destination_price_level</c>: destination price level, US 2017 = 1, > 0.</summary>
    [FromQuery(Name = "destination_price_level")]
    public string? DestinationPriceLevel { get; init; }

    /// <summary>Override of <c>migration_cost_usd</c>: up-front migration cost, US$, ≥ 0.</summary>
    [FromQuery(Name = "migration_cost_usd")]
    public string? MigrationCostUsd { get; init; }

    /// <summary>Override of <c>remittance_share</c>: share of net earnings remitted, in [0, 1].</summary>
    [FromQuery(Name = "remittance_share")]
    public string? RemittanceShare { get; init; }

    /// <summary>Override of <c>remittance_cost_share</c>: fees as a share of the amount sent, in [0, 1].</summary>
    [FromQuery(Name = "remittance_cost_share")]
    public string? RemittanceCostShare { get; init; }

    /// <summary>Override of <c>public_training_cost_usd</c>: public training cost borne by the origin, US$, ≥ 0.</summary>
    [FromQuery(Name = "public_training_cost_usd")]
    public string? PublicTrainingCostUsd { get; init; }

    /// <summary>Override of <c>vacancy_cost_usd_per_year</c>: output lost per year the post is empty, US$ per year, ≥ 0.</summary>
    [FromQuery(Name = "vacancy_cost_usd_per_year")]
    public string? VacancyCostUsdPerYear { get; init; }

    /// <summary>Override of <c>vacancy_years</c>: years the post stays empty, 0–60 (whole number).</summary>
    [FromQuery(Name = "vacancy_years")]
    public string? VacancyYears { get; init; }

    /// <summary>Override of <c>return_probability</c>: probability of return, in [0, 1].</summary>
    [FromQuery(Name = "return_probability")]
    public string? ReturnProbability { get; init; }

    /// <summary>Override of <c>years_abroad_if_returning</c>: years abroad of a returnee, 1–career_years (whole number).</summary>
    [FromQuery(Name = "years_abroad_if_returning")]
    public string? YearsAbroadIfReturning { get; init; }

    /// <summary>Override of <c>return_wage_premium</c>: returnee's wage gain, share of origin wage, ≥ 0.</summary>
    [FromQuery(Name = "return_wage_premium")]
    public string? ReturnWagePremium { get; init; }

    /// <summary>Override of <c>host_surplus_share</c>: host gain beyond the wage, share of destination wage, ≥ 0.</summary>
    [FromQuery(Name = "host_surplus_share")]
    public string? HostSurplusShare { get; init; }

    /// <summary>Override of <c>host_training_cost_saved_usd</c>: training cost the host saves, US$, ≥ 0.</summary>
    [FromQuery(Name = "host_training_cost_saved_usd")]
    public string? HostTrainingCostSavedUsd { get; init; }
}
