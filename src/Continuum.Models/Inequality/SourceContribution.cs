namespace Continuum.Models.Inequality;

/// <summary>One income source's part in the Lerman–Yitzhaki decomposition G = Σ S_k·G_k·R_k.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="Share">S_k: share of the source in total income, in [0, 1].</param>
/// <param name="Gini">G_k: Gini of the source across households, in [0, 1); NaN when the source is zero everywhere.</param>
/// <param name="GiniCorrelation">R_k: Gini correlation of the source with total income, in [−1, 1]; NaN when G_k is 0 or NaN.</param>
/// <param name="Contribution">S_k·G_k·R_k (= S_k × concentration coefficient): absolute contribution to G.</param>
/// <param name="MarginalEffect">
/// Stark–Taylor–Yitzhaki elasticity (∂G/∂π)/G = S_kG_kR_k/G − S_k: the percent change in G for a 1% rise
/// in the source (every household's income from it scaled by 1.01), to first order.
/// </param>
public sealed record SourceContribution(
    string Source,
    double Share,
    double Gini,
    double GiniCorrelation,
    double Contribution,
    double MarginalEffect)
{
    /// <summary>The relative contribution S_kG_kR_k / G (share of inequality).</summary>
    public double ShareOfInequality(double totalGini) => Contribution / totalGini;
}
