namespace Continuum.Models.HostEconomy;

/// <summary>One sensitivity run: the parameter changed, its value, and the effects at the end of the admissions.</summary>
/// <param name="Parameter">The parameter changed ("central" for the unchanged run).</param>
/// <param name="Value">Its value in that run.</param>
/// <param name="RealGdpPercent">Real GDP difference from base, percent.</param>
/// <param name="GdpPerCapitaPercent">GDP per capita difference, percent.</param>
/// <param name="UnemploymentPoints">Unemployment difference, points.</param>
/// <param name="BalancePointsOfGdp">Government balance difference, points of GDP.</param>
public sealed record SensitivityRow(string Parameter, double Value, double RealGdpPercent, double GdpPerCapitaPercent, double UnemploymentPoints, double BalancePointsOfGdp);

/// <summary>Reruns the model changing one key parameter at a time (low and high values around the data-based central run).</summary>
public static class HostEconomySensitivity
{
    /// <summary>The central run followed by one row per parameter variation.</summary>
    public static IReadOnlyList<SensitivityRow> Run(HostEconomyParameters central, LabourInput labour)
    {
        ArgumentNullException.ThrowIfNull(central);
        var rows = new List<SensitivityRow> { Row("central", double.NaN, central, labour) };
        foreach (var (name, value, changed) in Variations(central))
        {
            rows.Add(Row(name, value, changed, labour));
        }

        return rows;
    }

    private static IEnumerable<(string Name, double Value, HostEconomyParameters Changed)> Variations(HostEconomyParameters p)
    {
        foreach (var v in new[] { 0.5, 0.8, 1.0 })
        {
            yield return ("relative_productivity_at_landing", v, p with { RelativeProductivityAtLanding = v });
        }

        foreach (var v in new[] { 5.0, 30.0 })
        {
            yield return ("productivity_convergence_years", v, p with { ProductivityConvergenceYears = v });
        }

        foreach (var v in new[] { 0.01, 0.03 })
        {
            yield return ("emigration_rate_per_year", v, p with { EmigrationRatePerYear = v });
        }

        yield return ("relative_employment_all_1", 1, p with { RelativeEmploymentByYearsSinceLanding = [[1, 1, 1], [1, 1, 1]] });
        foreach (var v in new[] { p.LabourShare - 0.05, p.LabourShare + 0.05 })
        {
            yield return ("labour_share", v, p with { LabourShare = v });
        }

        foreach (var v in new[] { 0.1, 0.5 })
        {
            yield return ("business_capital_adjustment", v, p with { BusinessCapitalAdjustmentPerYear = v });
        }

        foreach (var v in new[] { 0.0, 2.0 })
        {
            yield return ("demand_multiplier", v, p with { DemandMultiplier = v });
        }

        foreach (var v in new[] { 0.5, 1.0 })
        {
            yield return ("population_scaled_spending_share", v, p with { SpendingShareScalingWithPopulation = v });
        }
    }

    private static SensitivityRow Row(string name, double value, HostEconomyParameters p, LabourInput labour)
    {
        var result = HostEconomyModel.Run(p, labour);
        var i = p.AdmissionYears - 1;
        return new SensitivityRow(name, value, result["real_gdp"].Difference(i), result["gdp_per_capita"].Difference(i),
            result["unemployment_rate"].Difference(i), result["government_balance_pct_gdp"].Difference(i));
    }
}
