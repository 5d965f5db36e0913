namespace Continuum.Models.Inequality;

/// <summary>The Lorenz curve of an income distribution: cumulative income share against cumulative population share.</summary>
/// <param name="PopulationShare">Cumulative (weighted) share of households, from 0 to 1, increasing.</param>
/// <param name="IncomeShare">Cumulative share of income held by them, from 0 to 1, never above the population share.</param>
public sealed record LorenzCurve(double[] PopulationShare, double[] IncomeShare)
{
    /// <summary>
    /// The curve of <paramref name="values"/> (≥ 0, positive total) sampled at about <paramref name="points"/> evenly
    /// spaced households (≥ 2) plus both ends; exact at the sampled points.
    /// </summary>
    public static LorenzCurve Of(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int points)
    {
        Require.InRange(points, 2, 100_000, "points");
        var n = values.Length;
        var keys = values.ToArray();
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        double totalWeight = 0, totalIncome = 0;
        for (var i = 0; i < n; i++)
        {
            var w = weights.IsEmpty ? 1 : weights[order[i]];
            totalWeight += w;
            totalIncome += w * keys[i];
        }

        var step = Math.Max(1, n / points);
        var population = new List<double> { 0 };
        var income = new List<double> { 0 };
        double cumulativeWeight = 0, cumulativeIncome = 0;
        for (var i = 0; i < n; i++)
        {
            var w = weights.IsEmpty ? 1 : weights[order[i]];
            cumulativeWeight += w;
            cumulativeIncome += w * keys[i];
            if ((i + 1) % step == 0 || i == n - 1)
            {
                population.Add(cumulativeWeight / totalWeight);
                income.Add(cumulativeIncome / totalIncome);
            }
        }

        return new LorenzCurve([.. population], [.. income]);
    }
}
