using Continuum.Models.Inequality;

namespace Continuum.Models.Tests.Inequality;

public sealed class GiniDecompositionTests
{
    // Synthetic exact test vector, research note models.md §4.3 [COMPUTED]; tolerance 1e-6 as stated there.
    private static HouseholdIncomes Vector() => new(
        ["wages", "farm", "remit"],
        [[10, 20, 15, 40, 30, 60], [5, 3, 10, 2, 0, 8], [0, 0, 30, 0, 24, 5]]);

    [Fact]
    public void Of_ResearchNoteVector_MatchesPublishedValues()
    {
        var d = GiniDecomposition.Of(Vector());
        Assert.Equal(0.253181, d.TotalGini, 6);
        double[][] expected =
        [
            [0.667939, 0.319048, 0.671642, 0.143130, -0.102612],
            [0.106870, 0.416667, 0.485714, 0.021628, -0.021443],
            [0.225191, 0.641243, 0.612335, 0.088422, 0.124055],
        ];
        for (var k = 0; k < 3; k++)
        {
            var s = d.Sources[k];
            Assert.Equal(expected[k][0], s.Share, 6);
            Assert.Equal(expected[k][1], s.Gini, 6);
            Assert.Equal(expected[k][2], s.GiniCorrelation, 6);
            Assert.Equal(expected[k][3], s.Contribution, 6);
            Assert.Equal(expected[k][4], s.MarginalEffect, 6);
        }
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Of_RandomDataWithTiesAndWeights_MatchesDirectQuadraticFormulas(int seed, bool weighted)
    {
        var (incomes, sources, weights) = RandomIncomes(seed, 300, 3, weighted, integerValues: true);
        var d = GiniDecomposition.Of(incomes);
        var total = incomes.Total;
        Assert.Equal(DirectGini.Gini(total, weights), d.TotalGini, 12);
        for (var k = 0; k < sources.Length; k++)
        {
            Assert.Equal(DirectGini.Gini(sources[k], weights), d.Sources[k].Gini, 12);
            var concentration = DirectGini.Concentration(sources[k], total, weights);
            Assert.Equal(concentration, d.Sources[k].Gini * d.Sources[k].GiniCorrelation, 12);
        }

        Assert.Equal(d.TotalGini, d.Sources.Sum(s => s.Contribution), 12);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void MarginalEffect_RandomData_MatchesNumericalPerturbation(int seed)
    {
        var (incomes, sources, weights) = RandomIncomes(seed, 2000, 4, weighted: true, integerValues: false);
        var d = GiniDecomposition.Of(incomes);
        const double eps = 1e-6;
        for (var k = 0; k < sources.Length; k++)
        {
            var bumped = sources.Select((s, j) => j == k ? s.Select(v => v * (1 + eps)).ToArray() : s).ToArray();
            var g = GiniDecomposition.Of(new HouseholdIncomes(incomes.SourceNames, bumped, weights)).TotalGini;
            var numeric = (g - d.TotalGini) / (eps * d.TotalGini);
            Assert.Equal(numeric, d.Sources[k].MarginalEffect, 5);
        }
    }

    [Fact]
    public void Of_IntegerWeights_EqualReplicatingHouseholds()
    {
        var weighted = new HouseholdIncomes(["a", "b"], [[1, 5, 5, 9], [3, 0, 2, 2]], [2, 1, 3, 1]);
        var replicated = new HouseholdIncomes(["a", "b"], [[1, 1, 5, 5, 5, 5, 9], [3, 3, 0, 2, 2, 2, 2]]);
        var dw = GiniDecomposition.Of(weighted);
        var dr = GiniDecomposition.Of(replicated);
        Assert.Equal(dr.TotalGini, dw.TotalGini, 14);
        for (var k = 0; k < 2; k++)
        {
            Assert.Equal(dr.Sources[k].GiniCorrelation, dw.Sources[k].GiniCorrelation, 14);
        }
    }

    [Fact]
    public void Of_TiedTotals_DoNotDependOnHouseholdOrder()
    {
        var first = new HouseholdIncomes(["a", "b"], [[4, 6, 0, 10], [6, 4, 10, 1]]);
        var reversed = new HouseholdIncomes(["a", "b"], [[10, 0, 6, 4], [1, 10, 4, 6]]);
        var d1 = GiniDecomposition.Of(first);
        var d2 = GiniDecomposition.Of(reversed);
        Assert.Equal(d1.Sources[0].GiniCorrelation, d2.Sources[0].GiniCorrelation, 14);
        Assert.Equal(d1.Sources[1].Contribution, d2.Sources[1].Contribution, 14);
    }

    [Fact]
    public void Of_SourceZeroEverywhere_HasZeroShareAndNoGini()
    {
        var d = GiniDecomposition.Of(new HouseholdIncomes(["a", "none"], [[1, 2, 3], [0, 0, 0]]));
        Assert.Equal(0, d.Sources[1].Share);
        Assert.True(double.IsNaN(d.Sources[1].Gini));
        Assert.Equal(0, d.Sources[1].MarginalEffect);
    }

    [Fact]
    public void HouseholdIncomes_NegativeIncome_NamesSourceAndRange()
    {
        var ex = Assert.Throws<InputException>(() => new HouseholdIncomes(["wages", "farm"], [[1, 2], [3, -1]]));
        Assert.Equal("farm", ex.Field);
        Assert.Contains("[0, ∞)", ex.Message, StringComparison.Ordinal);
    }

    internal static (HouseholdIncomes Incomes, double[][] Sources, double[]? Weights) RandomIncomes(
        int seed, int n, int k, bool weighted, bool integerValues)
    {
        var random = new Random(seed);
        double Draw(double scale) => integerValues ? random.Next(0, 8) : scale * random.NextDouble() * random.NextDouble();
        var sources = Enumerable.Range(0, k).Select(j => Enumerable.Range(0, n).Select(_ => Draw(10 * (j + 1))).ToArray()).ToArray();
        var weights = weighted ? Enumerable.Range(0, n).Select(_ => integerValues ? random.Next(1, 4) : 0.1 + random.NextDouble()).ToArray() : null;
        return (new HouseholdIncomes(Enumerable.Range(0, k).Select(j => $"s{j}").ToArray(), sources, weights), sources, weights);
    }
}
