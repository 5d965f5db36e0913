using Continuum.Models.BrainGain;

namespace Continuum.Models.Tests.BrainGain;

public sealed class TwoPeriodGridPointTests
{
    private static readonly TwoPeriodBrainGainModel Example = new(TwoPeriodParameters.EasternEuropeExample());

    [Fact]
    public void Over_EveryPoint_MatchesTheModelSolvedDirectly()
    {
        var grid = EmigrationGrid.Of(10, 1.0);

        var points = TwoPeriodGridPoint.Over(Example, grid);

        Assert.Equal(grid.Length, points.Length);
        for (var i = 0; i < grid.Length; i++)
        {
            var p = grid[i];
            Assert.Equal(p, points[i].EmigrationProbability);
            Assert.Equal(Example.Solve(p, TwoPeriodChannels.All), points[i].Outcome);
            Assert.Equal(BrainGainDecomposition.At(Example, p), points[i].Decomposition);
            Assert.Equal(Example.Solve(p, TwoPeriodChannels.DrainOnly).ResidentHumanCapital, points[i].DrainOnlyHumanCapital);
            Assert.Equal(Example.Solve(p, new TwoPeriodChannels(Incentive: true, Return: false)).ResidentHumanCapital, points[i].NoReturnHumanCapital);
        }
    }

    [Fact]
    public void Over_ExampleAtPOne_ReproducesTheDocumentedDecomposition()
    {
        var last = TwoPeriodGridPoint.Over(Example, EmigrationGrid.Of(20, 1.0))[^1];

        // docs/models/brain-gain.md, example table at p = 1 (printed to 4 decimals): h̄ 0.5978, drain −0.1236,
        // incentive −0.1524, return +0.3141; tolerance half the last printed digit.
        Assert.Equal(0.5978, last.Outcome.ResidentHumanCapital, 0.00005);
        Assert.Equal(-0.1236, last.Decomposition.Drain, 0.00005);
        Assert.Equal(-0.1524, last.Decomposition.Incentive, 0.00005);
        Assert.Equal(0.3141, last.Decomposition.Return, 0.00005);
    }

    [Fact]
    public void Over_PBeyondOne_ThrowsNamingP() =>
        Assert.Equal("p", Assert.Throws<InputException>(() => TwoPeriodGridPoint.Over(Example, [0.5, 1.2])).Field);

    [Fact]
    public void EasternEuropeExample_WithOverrides_ReplacesOnlyTheGivenValues()
    {
        var x = TwoPeriodParameters.EasternEuropeExample(foreignWage: 3, homePreference: null, returnPremium: 0, migrationCost: null, schoolingCost: null);

        Assert.Equal(TwoPeriodParameters.EasternEuropeExample() with { ForeignWage = 3, ReturnPremium = 0 }, x);
    }
}
