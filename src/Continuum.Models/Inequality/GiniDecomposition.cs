namespace Continuum.Models.Inequality;

/// <summary>
/// The Gini of total income decomposed by source (Lerman and Yitzhaki 1985) with the marginal effect of a
/// proportional rise in each source (Stark, Taylor and Yitzhaki 1986). Σ_k Contribution = TotalGini exactly
/// (up to rounding), also with ties and weights, because every concentration coefficient uses the same mid-ranks of total income.
/// </summary>
/// <param name="TotalGini">G: Gini of total income, in [0, 1).</param>
/// <param name="Sources">One entry per source, in input order.</param>
public sealed record GiniDecomposition(double TotalGini, IReadOnlyList<SourceContribution> Sources)
{
    /// <summary>Decomposes <paramref name="incomes"/>; O(K·n log n) for K sources and n households.</summary>
    public static GiniDecomposition Of(HouseholdIncomes incomes)
    {
        ArgumentNullException.ThrowIfNull(incomes);
        var weights = incomes.Weights;
        var totalRanks = GiniCoefficient.MidRanks(incomes.Total, weights);
        var totalGini = GiniCoefficient.Concentration(incomes.Total, totalRanks, weights);
        var grandTotal = WeightedSum(incomes.Total, weights);
        var sources = new SourceContribution[incomes.SourceNames.Count];
        for (var k = 0; k < sources.Length; k++)
        {
            var values = incomes.Source(k);
            var share = WeightedSum(values, weights) / grandTotal;
            sources[k] = Contribution(incomes.SourceNames[k], values, weights, totalRanks, share, totalGini);
        }

        return new GiniDecomposition(totalGini, sources);
    }

    /// <summary>The Stark–Taylor–Yitzhaki relative marginal effect S·G_k·R_k/G − S from published components.</summary>
    public static double MarginalEffect(double share, double sourceGini, double giniCorrelation, double totalGini) =>
        (share * sourceGini * giniCorrelation / totalGini) - share;

    private static SourceContribution Contribution(string name, ReadOnlySpan<double> values, ReadOnlySpan<double> weights,
        double[] totalRanks, double share, double totalGini)
    {
        if (share == 0)
        {
            return new SourceContribution(name, 0, double.NaN, double.NaN, 0, 0);
        }

        var gini = GiniCoefficient.Of(values, weights);
        var concentration = GiniCoefficient.Concentration(values, totalRanks, weights);
        var correlation = gini > 0 ? concentration / gini : double.NaN;
        var contribution = share * concentration;
        var marginal = totalGini > 0 ? (contribution / totalGini) - share : double.NaN;
        return new SourceContribution(name, share, gini, correlation, contribution, marginal);
    }

    private static double WeightedSum(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += weights.IsEmpty ? values[i] : weights[i] * values[i];
        }

        return sum;
    }
}
