using Continuum.Models.Inequality;

namespace Continuum.Models.Tests.Inequality;

public sealed class MidRankTests
{
    [Fact]
    public void MidRanks_TiesAndWeights_AreHalfWayThroughTheTieGroup()
    {
        var ranks = GiniCoefficient.MidRanks([5, 1, 5, 3], [1, 2, 3, 2]);
        // Total weight 8: value 1 holds [0, 2), 3 holds [2, 4), the two 5s hold [4, 8).
        Assert.Equal([6.0 / 8, 1.0 / 8, 6.0 / 8, 3.0 / 8], ranks);
    }

    [Fact]
    public void MidRanks_MixedSignsAndSignedZeros_AgreeWithCountingDefinition()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 5000).Select(_ => Math.Round((random.NextDouble() - 0.5) * 1e6) / 7).ToArray();
        values[0] = -0.0;
        values[1] = 0.0;
        values[2] = double.MaxValue;
        values[3] = -double.MaxValue;
        var ranks = GiniCoefficient.MidRanks(values);
        var sorted = values.Order().ToArray();
        foreach (var i in new[] { 0, 1, 2, 3, 17, 4999 })
        {
            var below = CountBelow(sorted, values[i]);
            var equal = sorted.Count(v => v == values[i]);
            Assert.Equal((below + (0.5 * equal)) / values.Length, ranks[i], 15);
        }
    }

    private static int CountBelow(double[] sorted, double value) => sorted.Count(v => v < value);
}
