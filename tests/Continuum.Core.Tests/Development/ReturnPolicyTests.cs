using Continuum.Core.Development;
using FsCheck.Xunit;

namespace Continuum.Core.Tests.Development;

public sealed class ReturnPolicyTests
{
    [Fact]
    public void WithReturnPremium_Negative_ThrowsNamingTheLever()
    {
        var p = new ReturnPolicy(2);
        var ex = Assert.Throws<InputException>(() => p.WithReturnPremium(0, -0.1, "return_premium.ROU"));
        Assert.Equal("return_premium.ROU", ex.Field);
        Assert.Throws<InputException>(() => p.WithReturnIncentive(0, -1));
    }

    [Fact]
    public void Levers_Set_ChangeHazardAndEarnings()
    {
        var none = new ReturnPolicy(2);
        var p = none.WithReturnIncentive(1, 0.5).WithReturnPremium(1, 0.2);
        Assert.Equal(1, none.ReturnHazardMultiplier(1));
        Assert.Equal(1.5, p.ReturnHazardMultiplier(1));
        Assert.Equal(1.2, p.ReturneeEarningsFactor(1));
        Assert.Equal(1, p.ReturnHazardMultiplier(0));
    }

    [Property]
    public bool ShiftShares_AnyProspect_SumStaysOneAndTertiaryDoesNotFall(byte a, byte b, byte prospect, byte elasticity)
    {
        var p = new ReturnPolicy(1).WithEducationElasticity(0, elasticity / 25.0);
        var total = a + b + 1.0 + 10;
        Span<double> shares = [a / total, b / total, 11 / total];
        var before = shares[2];
        p.ShiftShares(0, shares, prospect / 255.0);
        return Math.Abs(shares[0] + shares[1] + shares[2] - 1) < 1e-12 && shares[2] >= before && shares[2] <= 1;
    }

    [Fact]
    public void ShiftShares_ZeroElasticity_Unchanged()
    {
        var p = new ReturnPolicy(1);
        Span<double> shares = [0.3, 0.5, 0.2];
        p.ShiftShares(0, shares, 0.4);
        Assert.Equal(0.2, shares[2]);
        Assert.Equal(0.3, shares[0]);
    }
}
