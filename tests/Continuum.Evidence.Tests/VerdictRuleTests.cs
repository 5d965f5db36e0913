using Continuum.Evidence.Claims;
using Continuum.Evidence.Verdicts;

namespace Continuum.Evidence.Tests;

public sealed class VerdictRuleTests
{
    private static ClaimTest About(double c, double tol) => new(Comparison.About, c, c, tol, null);

    [Theory]
    [InlineData(100, Verdict.Supported)]
    [InlineData(110, Verdict.Supported)]
    [InlineData(89.9, Verdict.Partly)]
    [InlineData(120, Verdict.Partly)]
    [InlineData(120.1, Verdict.NotSupported)]
    [InlineData(50, Verdict.NotSupported)]
    public void Judge_About10Percent_GradesByOneAndTwoTolerances(double measured, Verdict expected) =>
        Assert.Equal(expected, VerdictRule.Judge(About(100, 0.1), measured).Verdict);

    [Fact]
    public void Judge_About_GapIsMeasuredMinusClaimed() =>
        Assert.Equal(-48.24, VerdictRule.Judge(About(410, 0.1), 361.76).Gap, 10);

    [Theory]
    [InlineData(201, Verdict.Supported)]
    [InlineData(185, Verdict.Partly)]
    [InlineData(150, Verdict.NotSupported)]
    public void Judge_Greater_ClaimIsLowerBound(double measured, Verdict expected) =>
        Assert.Equal(expected, VerdictRule.Judge(new ClaimTest(Comparison.Greater, 200, 200, 0.1, null), measured).Verdict);

    [Theory]
    [InlineData(-85, Verdict.Supported, 0)]
    [InlineData(-75, Verdict.Partly, 5)]
    [InlineData(-29.4, Verdict.NotSupported, 50.6)]
    [InlineData(-95, Verdict.Partly, -5)]
    public void Judge_Between_DistanceOutsideRange(double measured, Verdict expected, double gap)
    {
        var (verdict, g) = VerdictRule.Judge(new ClaimTest(Comparison.Between, -90, -80, null, 10), measured);
        Assert.Equal(expected, verdict);
        Assert.Equal(gap, g, 10);
    }

    [Theory]
    [InlineData(7.9, Verdict.Supported)]
    [InlineData(6.1, Verdict.Supported)]
    [InlineData(5.6, Verdict.Partly)]
    [InlineData(5.2, Verdict.NotSupported)]
    [InlineData(2.47, Verdict.NotSupported)]
    public void Judge_Ratio_IsSymmetricInLogs(double measured, Verdict expected) =>
        Assert.Equal(expected, VerdictRule.Judge(new ClaimTest(Comparison.Ratio, 7, 7, 0.15, null), measured).Verdict);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Judge_NoFiniteValue_NoData(double measured) =>
        Assert.Equal(Verdict.NoData, VerdictRule.Judge(About(1, 0.1), measured).Verdict);

    [Fact]
    public void Judge_Missing_NoData() => Assert.Equal(Verdict.NoData, VerdictRule.Judge(About(1, 0.1), null).Verdict);

    [Fact]
    public void Judge_AbsoluteTolerance_UsesClaimUnit()
    {
        var test = new ClaimTest(Comparison.About, -9, -9, null, 3);
        Assert.Equal(Verdict.Supported, VerdictRule.Judge(test, -6.5).Verdict);
        Assert.Equal(Verdict.Partly, VerdictRule.Judge(test, -3.1).Verdict);
        Assert.Equal(Verdict.NotSupported, VerdictRule.Judge(test, -2.9).Verdict);
    }
}
