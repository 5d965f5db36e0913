namespace Continuum.Models.HostEconomy;

/// <summary>
/// The user-settable parameters of the host-economy model, declared once: the scenario (<c>extra_admissions</c>,
/// <c>from</c>, <c>years</c>, <c>horizon</c>, <c>base_population</c>) and the overrides of the data-based values
/// (<see cref="HostEconomyOverrides"/>). <see cref="HostEconomyParameters.Validate"/> checks with them, so its errors name these fields.
/// </summary>
public static class HostEconomySpecs
{
    /// <summary>Extra permanent residents a year.</summary>
    public static readonly ParameterSpec ExtraAdmissions = new("extra_admissions", "persons per year", 0, 5_000_000, 100_000,
        "Extra permanent residents per year.");

    /// <summary>First year of extra admissions (the years of the shipped StatCan and IRCC tables).</summary>
    public static readonly ParameterSpec From = new("from", "year", 2006, 2014, 2012,
        "First year of extra admissions (the years the StatCan and IRCC tables cover).") { Whole = true };

    /// <summary>Years with extra admissions.</summary>
    public static readonly ParameterSpec Years = new("years", "years", 1, 50, 10, "Years with extra admissions.") { Whole = true };

    /// <summary>Years simulated, from <see cref="Years"/> to 60.</summary>
    public static readonly ParameterSpec Horizon = new("horizon", "years", 1, 60, null, "Years simulated, from years to 60.")
    { Whole = true, DefaultText = "years" };

    /// <summary>Where the base population comes from.</summary>
    public static readonly ParameterSpec BasePopulation = new("base_population", "", 0, 0, null,
        "Base population: WPP 2019 interpolated (wpp) or the 1-year cohort-component projection (projection).") { Choices = ["wpp", "projection"] };

    /// <summary>Immigrants' productivity at landing relative to the average worker.</summary>
    public static readonly ParameterSpec RelativeProductivity = new("relative_productivity", "ratio", 0, 1.5, null,
        "Immigrants' productivity at landing relative to the average worker.") { DefaultText = "0.62 (entry earnings, Dungan 2016)" };

    /// <summary>Years for the productivity gap to shrink by a factor e.</summary>
    public static readonly ParameterSpec ProductivityConvergenceYears = new("productivity_convergence_years", "years", 0.1, 200, null,
        "Years for the productivity gap to shrink by a factor e.") { DefaultText = "20 (assumption)" };

    /// <summary>Yearly emigration rate of the extra immigrants.</summary>
    public static readonly ParameterSpec EmigrationRate = new("emigration_rate", "per year", 0, 0.5, null,
        "Yearly emigration rate of the extra immigrants.") { DefaultText = "StatCan emigrants / population" };

    /// <summary>Labour share of income.</summary>
    public static readonly ParameterSpec LabourShare = new("labour_share", "share", 0.3, 0.9, null,
        "Labour share of income.") { DefaultText = "PWT labsh" };

    /// <summary>Share of the business and housing capital gap closed each year.</summary>
    public static readonly ParameterSpec CapitalAdjustment = new("capital_adjustment", "per year", 0, 1, null,
        "Share of the business and housing capital gap closed each year.") { DefaultText = "0.25 (assumption)" };

    /// <summary>Demand multiplier on net extra investment.</summary>
    public static readonly ParameterSpec DemandMultiplier = new("demand_multiplier", "multiplier", 0, 3, null,
        "Demand multiplier on net extra investment (0 = supply side only).") { DefaultText = "1 (assumption)" };

    /// <summary>Points of unemployment per percent output gap.</summary>
    public static readonly ParameterSpec Okun = new("okun", "points per %", 0, 2, null,
        "Points of unemployment per percent output gap.") { DefaultText = "estimated from WDI, Canada 1991–2019" };

    /// <summary>Share of government spending that scales with population.</summary>
    public static readonly ParameterSpec PopulationScaledSpending = new("population_scaled_spending", "share", 0, 1, null,
        "Share of government spending that scales with population.") { DefaultText = "0.75 (assumption)" };

    /// <summary>The overrides of the data-based values, in the order of <see cref="HostEconomyOverrides"/>.</summary>
    public static readonly IReadOnlyList<ParameterSpec> Overrides =
        [RelativeProductivity, ProductivityConvergenceYears, EmigrationRate, LabourShare, CapitalAdjustment, DemandMultiplier, Okun, PopulationScaledSpending];

    /// <summary>Every parameter a user may set: the scenario, then <see cref="Overrides"/>.</summary>
    public static readonly IReadOnlyList<ParameterSpec> All = [ExtraAdmissions, From, Years, Horizon, BasePopulation, .. Overrides];
}
