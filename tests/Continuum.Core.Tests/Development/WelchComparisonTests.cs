using Continuum.Core.Development;
using Continuum.Models.Statistics;
using FsCheck.Xunit;

namespace Continuum.Core.Tests.Development;

public sealed class WelchComparisonTests
{
    // Student's sleep data (R's datasets::sleep, Cushny and Peebles 1905): extra hours of sleep with drug 1 and drug 2.
    private static readonly double[] Drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] Drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    [Fact]
    public void Compare_SleepData_MatchesRWelchTTest()
    {
        // R 4.x, t.test(extra ~ group, data = sleep): "Welch Two Sample t-test, t = -1.8608, df = 17.776,
        // 95 percent confidence interval: -3.3654832 0.2054832" (group 1 − group 2). Here B − A = drug 2 − drug 1,
        // so the signs flip. Tolerances: the printed digits.
        var d = WelchComparison.Compare(Drug1, Drug2);

        Assert.Equal(1.58, d.Difference, 12);
        Assert.Equal(1.8608, d.Difference / d.StandardError, 4);
        Assert.Equal(17.776, d.DegreesOfFreedom, 3);
        Assert.Equal(-0.2054832, d.Lower, 6);
        Assert.Equal(3.3654832, d.Upper, 6);
        Assert.Equal(0.75, d.MeanA, 12);
        Assert.Equal(2.33, d.MeanB, 12);
    }

    [Fact]
    public void Compare_UnequalCounts_UsesEachSidesOwnVariance()
    {
        double[] a = [10, 12, 11, 13];
        double[] b = [20, 20.5];
        // var(a) = 5/3, var(b) = 0.125; SE² = 5/12 + 1/16 = 0.479167; ν = SE⁴ / ((5/12)²/3 + (1/16)²/1) = 3.8868.
        var d = WelchComparison.Compare(a, b);

        Assert.Equal(8.75, d.Difference, 12);
        Assert.Equal(Math.Sqrt(0.479167), d.StandardError, 5);
        Assert.Equal(0.479167 * 0.479167 / ((5.0 / 12 * 5.0 / 12 / 3) + (1.0 / 256)), d.DegreesOfFreedom, 4);
        Assert.True(d.Lower < 8.75 && d.Upper > 8.75);
    }

    [Fact]
    public void Compare_OneReplicateOnASide_BandUnknown()
    {
        var d = WelchComparison.Compare([1.0], [2.0, 3.0]);

        Assert.Equal(1.5, d.Difference, 12);
        Assert.True(double.IsNaN(d.Lower) && double.IsNaN(d.Upper));
    }

    [Property]
    public bool Compare_ConstantSides_ZeroWidthBandAtTheDifference(double x, double y)
    {
        var a = (double.IsFinite(x) ? x % 1e9 : 1) + 0.5;
        var b = (double.IsFinite(y) ? y % 1e9 : 2) - 0.5;
        var d = WelchComparison.Compare([a, a], [b, b]);
        return d.Lower == d.Difference && d.Upper == d.Difference && d.Difference == b - a;
    }

    [Fact]
    public void Compare_NoReplicates_Throws() =>
        Assert.Throws<ArgumentException>(() => WelchComparison.Compare([], [1.0]));
}
