using Continuum.Models.Projection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Continuum.Models.Tests.Projection;

public sealed class AgeSplitTests
{
    [Property(MaxTest = 300)]
    public Property Sprague_AnyNonNegativeGroups_PreservesSumsAndIsNonNegative()
    {
        var groups = Gen.Choose(0, 1_000_000).Select(i => (double)i).ArrayOf(21);
        return Prop.ForAll(groups.ToArbitrary(), g =>
        {
            var single = AgeSplit.Sprague(g);
            var back = new double[21];
            AgeSplit.Group(single, back);
            var sumsKept = g.Zip(back).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1, p.First));
            return sumsKept && single.All(v => v >= 0);
        });
    }

    [Fact]
    public void Sprague_CubicPopulation_ReproducesEverySingleYearInAllPanels()
    {
        // Sprague's multipliers (all five panels) are exact for cubics: group one and split it back; a wrong coefficient fails.
        static double F(int age) => 1000 + (30 * age) - (0.9 * age * age) + (0.006 * age * age * age);
        var singles = Enumerable.Range(0, 101).Select(a => F(a)).ToArray();
        var groups = new double[21];
        AgeSplit.Group(singles, groups);

        var split = AgeSplit.Sprague(groups);

        for (var age = 0; age < 100; age++)
        {
            Assert.Equal(singles[age], split[age], 6);
        }
    }

    [Fact]
    public void Sprague_OpenGroup_PassedThrough()
    {
        var groups = Enumerable.Range(0, 21).Select(i => 100.0 - i).ToArray();

        Assert.Equal(80.0, AgeSplit.Sprague(groups)[100]);
    }

    [Fact]
    public void Sprague_TooFewGroups_Throws() =>
        Assert.Throws<InputException>(() => AgeSplit.Sprague([1, 2, 3, 4, 5]));

    [Fact]
    public void Sprague_NegativeGroup_ThrowsNamingTheAge()
    {
        var groups = Enumerable.Repeat(10.0, 21).ToArray();
        groups[3] = -1;

        var ex = Assert.Throws<InputException>(() => AgeSplit.Sprague(groups));
        Assert.Contains("age group 15", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sprague_SteepDecline_NoNegativeCells()
    {
        double[] groups = [500, 400, 300, 200, 100, 50, 10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

        var split = AgeSplit.Sprague(groups);

        Assert.All(split, v => Assert.True(v >= 0));
        Assert.Equal(1.0, split.Skip(35).Take(5).Sum(), 12);
    }
}
