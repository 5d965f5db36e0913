using Continuum.Models.BrainGain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Continuum.Models.Tests.BrainGain;

public sealed class BdrThresholdModelTests
{
    // Test vector of research note models.md §2.5 (DESIGN): F uniform on [0,1], c0 = 0.3, Δ = 0.4.
    private static readonly BdrThresholdModel Vector = new(0, 1, 0.3, 0.4);

    [Fact]
    public void BeneficialBrainDrainMargin_ResearchNoteVector_Is019()
    {
        Assert.Equal(0.19, Vector.BeneficialBrainDrainMargin(), 12);
    }

    [Fact]
    public void ResidentSkilledShare_ResearchNoteVectorAtP01_Matches031677()
    {
        Assert.Equal(0.34, Vector.ExAnteSkilledShare(0.1), 12);
        Assert.Equal(0.31677, Vector.ResidentSkilledShare(0.1), 5);
        Assert.Equal(0.3, Vector.ResidentSkilledShare(0), 12);
    }

    [Theory]
    [InlineData(0.0, 1.0, 0.3, 0.4)]
    [InlineData(0.0, 1.0, 0.1, 0.2)]
    [InlineData(1.0, 5.0, 2.0, 1.5)]
    [InlineData(0.0, 2.0, 1.8, 0.1)]
    public void ResidentSkilledShareSlope_ClosedForm_MatchesCentralDifference(double lo, double hi, double c0, double delta)
    {
        var model = new BdrThresholdModel(lo, hi, c0, delta);
        const double h = 1e-6;
        for (var p = 0.05; p < 0.96; p += 0.05)
        {
            if (model.Threshold(p + h) > hi && model.Threshold(p - h) <= hi)
            {
                continue; // the kink where c*(p) leaves the support has no derivative
            }

            var numeric = (model.ResidentSkilledShare(p + h) - model.ResidentSkilledShare(p - h)) / (2 * h);
            Assert.Equal(numeric, model.ResidentSkilledShareSlope(p), 6);
        }
    }

    [Fact]
    public void BeneficialBrainDrainMargin_EqualsSlopeAtZero_AndForwardDifference()
    {
        var model = new BdrThresholdModel(0, 1, 0.6, 0.1);
        Assert.Equal(model.ResidentSkilledShareSlope(0), model.BeneficialBrainDrainMargin(), 12);
        var forward = (model.ResidentSkilledShare(1e-7) - model.ResidentSkilledShare(0)) / 1e-7;
        Assert.Equal(forward, model.BeneficialBrainDrainMargin(), 5);
        Assert.True(model.BeneficialBrainDrainMargin() < 0); // 0.1 − 0.24: a detrimental brain drain
    }

    [Property(MaxTest = 300)]
    public Property ResidentSkilledShare_AnyParameters_StaysInUnitInterval(NormalFloat a, NormalFloat b, NormalFloat c, NormalFloat d, NormalFloat e)
    {
        var lo = Math.Abs(a.Get % 10);
        var hi = lo + 0.01 + Math.Abs(b.Get % 10);
        var c0 = lo + ((hi - lo) * Frac(c.Get));
        var delta = Math.Abs(d.Get % 20);
        var p = Frac(e.Get);
        var h = new BdrThresholdModel(lo, hi, c0, delta).ResidentSkilledShare(p);
        return (h >= 0 && h <= 1).Label($"H = {h}");
    }

    [Fact]
    public void Constructor_ThresholdOutsideSupport_NamesFieldC0()
    {
        var ex = Assert.Throws<InputException>(() => new BdrThresholdModel(0, 1, 1.5, 0.4));
        Assert.Equal("c0", ex.Field);
        Assert.Contains("[0, 1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResidentSkilledShare_ProbabilityAboveOne_Throws()
    {
        var ex = Assert.Throws<InputException>(() => Vector.ResidentSkilledShare(1.2));
        Assert.Equal("p", ex.Field);
    }

    private static double Frac(double x) => Math.Abs(x % 1.0);
}
