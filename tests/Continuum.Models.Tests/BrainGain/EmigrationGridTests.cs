using Continuum.Models.BrainGain;

namespace Continuum.Models.Tests.BrainGain;

public sealed class EmigrationGridTests
{
    [Fact]
    public void Of_TwentyStepsToOne_RunsFromExactlyZeroToExactlyPMax()
    {
        var grid = EmigrationGrid.Of(20, 1.0);

        Assert.Equal(21, grid.Length);
        Assert.Equal(0.0, grid[0]);
        Assert.Equal(0.1, grid[2], 15);
        Assert.Equal(1.0, grid[^1]);
    }

    [Fact]
    public void Of_FourStepsToHalf_IsEvenlySpaced()
    {
        Assert.Equal([0.0, 0.125, 0.25, 0.375, 0.5], EmigrationGrid.Of(4, 0.5));
    }

    [Theory]
    [InlineData(0, 1.0, "steps")]
    [InlineData(1001, 1.0, "steps")]
    [InlineData(20, 0.0, "p_max")]
    [InlineData(20, 1.5, "p_max")]
    [InlineData(20, double.NaN, "p_max")]
    public void Of_OutOfRange_ThrowsNamingTheField(int steps, double pMax, string field)
    {
        var ex = Assert.Throws<InputException>(() => EmigrationGrid.Of(steps, pMax));

        Assert.Equal(field, ex.Field);
        Assert.Contains("allowed range", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblem_WithASpelling_NamesTheFieldInThatSpelling()
    {
        var problem = EmigrationGrid.FindProblem(20, 2, f => "--" + f.Replace('_', '-'));

        Assert.NotNull(problem);
        Assert.Equal("--p-max", problem.Field);
        Assert.Equal("2 is outside the allowed range (0, 1]", problem.Problem);
    }

    [Fact]
    public void FindProblem_DefaultsAreValid() =>
        Assert.Null(EmigrationGrid.FindProblem(EmigrationGrid.DefaultSteps, EmigrationGrid.DefaultPMax));
}
