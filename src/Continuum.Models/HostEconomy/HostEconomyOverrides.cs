namespace Continuum.Models.HostEconomy;

/// <summary>
/// The host-economy parameters a user may set over the data-based values (the options of
/// <c>continuum model host-economy</c> and of the web's host-economy page); null keeps the data-based value.
/// Ranges are checked by <see cref="HostEconomyParameters.Validate"/>, not here.
/// </summary>
/// <param name="RelativeProductivity">Immigrants' productivity at landing relative to the average worker (ratio).</param>
/// <param name="ProductivityConvergenceYears">Years for the productivity gap to shrink by a factor e.</param>
/// <param name="EmigrationRatePerYear">Yearly emigration rate of the extra immigrants (per year).</param>
/// <param name="LabourShare">Labour share of income (share).</param>
/// <param name="CapitalAdjustmentPerYear">Share of both the business and the housing capital gap closed each year.</param>
/// <param name="DemandMultiplier">Demand multiplier on net extra investment.</param>
/// <param name="OkunCoefficient">Points of unemployment per percent output gap.</param>
/// <param name="PopulationScaledSpending">Share of government spending that scales with population.</param>
public sealed record HostEconomyOverrides(
    double? RelativeProductivity = null,
    double? ProductivityConvergenceYears = null,
    double? EmigrationRatePerYear = null,
    double? LabourShare = null,
    double? CapitalAdjustmentPerYear = null,
    double? DemandMultiplier = null,
    double? OkunCoefficient = null,
    double? PopulationScaledSpending = null)
{
    /// <summary><paramref name="parameters"/> with every given value replaced (not validated).</summary>
    public HostEconomyParameters ApplyTo(HostEconomyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters with
        {
            RelativeProductivityAtLanding = RelativeProductivity ?? parameters.RelativeProductivityAtLanding,
            ProductivityConvergenceYears = ProductivityConvergenceYears ?? parameters.ProductivityConvergenceYears,
            EmigrationRatePerYear = EmigrationRatePerYear ?? parameters.EmigrationRatePerYear,
            LabourShare = LabourShare ?? parameters.LabourShare,
            BusinessCapitalAdjustmentPerYear = CapitalAdjustmentPerYear ?? parameters.BusinessCapitalAdjustmentPerYear,
            HousingAdjustmentPerYear = CapitalAdjustmentPerYear ?? parameters.HousingAdjustmentPerYear,
            DemandMultiplier = DemandMultiplier ?? parameters.DemandMultiplier,
            OkunCoefficient = OkunCoefficient ?? parameters.OkunCoefficient,
            SpendingShareScalingWithPopulation = PopulationScaledSpending ?? parameters.SpendingShareScalingWithPopulation,
        };
    }
}
