using Microsoft.AspNetCore.Mvc;

namespace Continuum.Web.Models;

/// <summary>
/// Query parameters of <c>GET /api/models/host-economy</c>: the options of <c>continuum model host-economy</c> in
/// snake case, as text (parsed by <see cref="HostEconomyService"/>; ranges are the model's own, errors name the
/// parameter). Empty overrides keep the values estimated from the shipped data.
/// </summary>
public sealed class HostEconomyQuery
{
    /// <summary>Extra permanent residents a year, 0–5,000,000 (default 100,000).</summary>
    [FromQuery(Name = "extra_admissions")]
    public string? ExtraAdmissions { get; init; }

    /// <summary>First year of extra admissions, 2006–2014 (default 2012).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Years with extra admissions, 1–50 (default 10).</summary>
    [FromQuery(Name = "years")]
    public string? Years { get; init; }

    /// <summary>Years simulated, from years to 60 (default: years).</summary>
    [FromQuery(Name = "horizon")]
    public string? Horizon { get; init; }

    /// <summary>Base population: wpp (default) or projection.</summary>
    [FromQuery(Name = "base_population")]
    public string? BasePopulation { get; init; }

    /// <summary>Immigrants' productivity at landing relative to the average worker, 0–1.5.</summary>
    [FromQuery(Name = "relative_productivity")]
    public string? RelativeProductivity { get; init; }

    /// <summary>Years for the productivity gap to shrink by a factor e, 0.1–200.</summary>
    [FromQuery(Name = "productivity_convergence_years")]
    public string? ProductivityConvergenceYears { get; init; }

    /// <summary>Yearly emigration rate of the extra immigrants, 0–0.5.</summary>
    [FromQuery(Name = "emigration_rate")]
    public string? EmigrationRate { get; init; }

    /// <summary>Labour share of income, 0.3–0.9.</summary>
    [FromQuery(Name = "labour_share")]
    public string? LabourShare { get; init; }

    /// <summary>Share of the business and housing capital gap closed each year, 0–1.</summary>
    [FromQuery(Name = "capital_adjustment")]
    public string? CapitalAdjustment { get; init; }

    /// <summary>Demand multiplier on net extra investment, 0–3.</summary>
    [FromQuery(Name = "demand_multiplier")]
    public string? DemandMultiplier { get; init; }

    /// <summary>Points of unemployment per percent output gap, 0–2.</summary>
    [FromQuery(Name = "okun")]
    public string? Okun { get; init; }

    /// <summary>Share of government spending that scales with population, 0–1.</summary>
    [FromQuery(Name = "population_scaled_spending")]
    public string? PopulationScaledSpending { get; init; }
}
