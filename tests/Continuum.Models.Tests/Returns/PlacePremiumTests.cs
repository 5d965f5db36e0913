using Continuum.Models.Returns;

namespace Continuum.Models.Tests.Returns;

public sealed class PlacePremiumTests
{
    [Fact]
    public void AtPurchasingPowerParity_BigMacWages_GivesRatio666()
    {
        // Ashenfelter's McDonald's comparison via the NYU Marron blog, research note models.md §3.1:
        // US crew $7.22/h with a Big Mac at $3.04, India $0.46/h with a Big Mac at $1.29; ratio 6.66.
        var ratio = PlacePremium.AtPurchasingPowerParity(7.22, 0.46, 3.04, 1.29);
        Assert.Equal(6.66, ratio, 2);
    }

    [Fact]
    public void AtPurchasingPowerParity_EqualPriceLevels_EqualsNominal()
    {
        Assert.Equal(PlacePremium.Nominal(70_000, 14_000), PlacePremium.AtPurchasingPowerParity(70_000, 14_000, 0.8, 0.8), 12);
        Assert.Equal(5, PlacePremium.Nominal(70_000, 14_000), 12);
    }

    [Fact]
    public void Nominal_ZeroOriginWage_NamesField()
    {
        var ex = Assert.Throws<InputException>(() => PlacePremium.Nominal(1, 0));
        Assert.Equal("origin_wage_usd_per_year", ex.Field);
    }
}
