namespace Continuum.Data.Indicators;

/// <summary>One surveyed migrant worker (schema modelled on the KNOMAD-ILO Migration Cost Surveys).</summary>
/// <param name="WorkerId">Survey identifier.</param>
/// <param name="Origin">Country of origin (ISO3).</param>
/// <param name="Destination">Country of the first job abroad (ISO3).</param>
/// <param name="RecruitmentCost">Total the worker paid to find, qualify for and secure the job and reach it (same currency as earnings).</param>
/// <param name="MonthlyEarnings">Earnings in the last month of the first job abroad, net of deductions that recover recruitment costs.</param>
/// <param name="Weight">Survey weight (persons represented), positive.</param>
public sealed record RecruitmentCostRecord(string WorkerId, string Origin, string Destination, double RecruitmentCost, double MonthlyEarnings, double Weight);

/// <summary>SDG 10.7.1 for one corridor: recruitment cost in months of first earnings abroad.</summary>
/// <param name="Origin">Origin (ISO3), or "ALL".</param>
/// <param name="Destination">Destination (ISO3), or "ALL".</param>
/// <param name="Workers">Sample size.</param>
/// <param name="WeightTotal">Sum of weights.</param>
/// <param name="MeanMonths">Weighted mean of cost/earnings.</param>
/// <param name="MedianMonths">Weighted median.</param>
/// <param name="P25Months">Weighted 25th percentile.</param>
/// <param name="P75Months">Weighted 75th percentile.</param>
/// <param name="P80Months">Weighted 80th percentile (the metadata's "4th quintile").</param>
public sealed record RecruitmentCostIndicator(string Origin, string Destination, int Workers, double WeightTotal,
    double MeanMonths, double MedianMonths, double P25Months, double P75Months, double P80Months);

/// <summary>
/// SDG 10.7.1 per the UN metadata (ILO/World Bank): for each worker k, RCI_k = C_k / E_k (cost over monthly
/// earnings of the same worker, in months); aggregated by corridor with survey weights as mean, median and
/// quantiles. The metadata allow no regional or global aggregation, so only corridors (and each corridor's
/// own sample) are reported.
/// </summary>
public static class RecruitmentCost
{
    /// <summary>RCI_k in months: cost over monthly earnings.</summary>
    public static double Months(RecruitmentCostRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require.NonNegative(r.RecruitmentCost, "recruitment_cost");
        Require.Positive(r.MonthlyEarnings, "monthly_earnings");
        return r.RecruitmentCost / r.MonthlyEarnings;
    }

    /// <summary>One row per corridor (origin, destination), ordered by origin then destination.</summary>
    public static IReadOnlyList<RecruitmentCostIndicator> ByCorridor(IEnumerable<RecruitmentCostRecord> records)
    {
        return records.GroupBy(r => (r.Origin, r.Destination))
            .OrderBy(g => g.Key.Origin, StringComparer.Ordinal).ThenBy(g => g.Key.Destination, StringComparer.Ordinal)
            .Select(g => Aggregate(g.Key.Origin, g.Key.Destination, g.ToList()))
            .ToList();
    }

    /// <summary>The indicator over <paramref name="records"/> taken as one sample.</summary>
    public static RecruitmentCostIndicator Aggregate(string origin, string destination, IReadOnlyList<RecruitmentCostRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var months = records.Select(Months).ToArray();
        var weights = records.Select(r => Require.Positive(r.Weight, "weight")).ToArray();
        return new RecruitmentCostIndicator(origin, destination, records.Count, weights.Sum(),
            WeightedStats.Mean(months, weights), WeightedStats.Quantile(months, weights, 0.5),
            WeightedStats.Quantile(months, weights, 0.25), WeightedStats.Quantile(months, weights, 0.75),
            WeightedStats.Quantile(months, weights, 0.8));
    }
}
