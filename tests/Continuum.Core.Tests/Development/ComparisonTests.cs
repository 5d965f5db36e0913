using Continuum.Core.Development;
using Continuum.Models.Statistics;
using FsCheck.Xunit;

namespace Continuum.Core.Tests.Development;

public sealed class ComparisonTests
{
    // Two-sided 95 % Student t critical values (any statistics table, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2).
    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(4, 2.776)]
    [InlineData(19, 2.093)]
    [InlineData(1000, 1.962)]
    public void Quantile_Df_MatchesPublishedTable(int df, double expected) =>
        Assert.Equal(expected, StudentT.Quantile(0.975, df), 3);

    [Property]
    public bool Compare_ScenarioWithItself_ExactlyZeroAndZeroWidth(double[] values)
    {
        var v = values.Where(double.IsFinite).Select(x => x % 1e12).Append(1.5).Append(-2).ToArray();
        var d = PairedComparison.Compare(v, v);
        return d.Difference == 0 && d.Lower == 0 && d.Upper == 0;
    }

    [Fact]
    public void Compare_KnownDifferences_PairedTInterval()
    {
        double[] a = [10, 12, 11, 13];
        double[] b = [11, 14, 12, 15];
        // Differences 1, 2, 1, 2: mean 1.5, s = 0.57735, s/√4 = 0.288675, t(0.975, 3) = 3.182446.
        var d = PairedComparison.Compare(a, b);
        Assert.Equal(1.5, d.Difference, 12);
        Assert.Equal(1.5 - (3.182446 * 0.288675), d.Lower, 4);
        Assert.Equal(1.5 + (3.182446 * 0.288675), d.Upper, 4);
        Assert.Equal(11.5, d.MeanA, 12);
    }

    [Fact]
    public void Compare_OneReplicate_BandUnknown()
    {
        var d = PairedComparison.Compare([1.0], [3.0]);
        Assert.Equal(2, d.Difference);
        Assert.True(double.IsNaN(d.Lower) && double.IsNaN(d.Upper));
    }

    [Fact]
    public void Decomposition_Parts_AddUpToTheTotal()
    {
        var closed = new HumanCapital(0.20, 9.0);
        var drain = new HumanCapital(0.17, 8.6);
        var incentive = new HumanCapital(0.21, 9.1);
        var all = new HumanCapital(0.23, 9.3);
        var d = HumanCapitalDecomposition.From(closed, drain, incentive, all);
        Assert.Equal(d.Total.TertiaryShare, d.Drain.TertiaryShare + d.Incentive.TertiaryShare + d.Return.TertiaryShare, 12);
        Assert.True(d.Drain.TertiaryShare < 0 && d.Incentive.TertiaryShare > 0 && d.Return.TertiaryShare > 0);
    }

    [Fact]
    public void HumanCapital_FromCounts_TertiaryShareAndMeanYears()
    {
        var h = HumanCapital.FromCounts([50, 30, 20], [4, 11, 15]);
        Assert.Equal(0.2, h.TertiaryShare, 12);
        Assert.Equal((200 + 330 + 300) / 100.0, h.MeanYearsOfSchooling, 12);
    }
}
