using Continuum.Models.HostEconomy;

namespace Continuum.Models.Tests.HostEconomy;

public sealed class HostEconomyOverridesTests
{
    [Fact]
    public void ApplyTo_NothingGiven_KeepsEveryValue()
    {
        var p = HostEconomyFixtures.Parameters();

        Assert.Same(p.AdmissionShares, new HostEconomyOverrides().ApplyTo(p).AdmissionShares);
        Assert.Equal(p, new HostEconomyOverrides().ApplyTo(p));
    }

    [Fact]
    public void ApplyTo_CapitalAdjustment_SetsBusinessAndHousingAndNothingElse()
    {
        var p = HostEconomyFixtures.Parameters();

        var changed = new HostEconomyOverrides(CapitalAdjustmentPerYear: 0.6, OkunCoefficient: 0.9).ApplyTo(p);

        Assert.Equal(p with { BusinessCapitalAdjustmentPerYear = 0.6, HousingAdjustmentPerYear = 0.6, OkunCoefficient = 0.9 }, changed);
    }

    [Fact]
    public void ApplyTo_OutOfRangeValue_IsLeftToTheModelsValidationWhichNamesIt()
    {
        var changed = new HostEconomyOverrides(DemandMultiplier: 9).ApplyTo(HostEconomyFixtures.Parameters());

        Assert.Equal("demand_multiplier", Assert.Throws<InputException>(() => changed.Validate()).Field);
    }
}
