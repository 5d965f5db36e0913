using Continuum.Models.BrainGain;
using Continuum.Models.HostEconomy;
using Continuum.Models.Returns;

namespace Continuum.Models.Tests.Validation;

public sealed class ParameterSpecTests
{
    [Theory]
    [InlineData(0.5, true)]
    [InlineData(3, true)]
    [InlineData(3.01, false)]
    [InlineData(-0.1, false)]
    [InlineData(double.NaN, false)]
    public void Check_ClosedRange_AcceptsOnlyInside(double value, bool ok)
    {
        var spec = HostEconomySpecs.DemandMultiplier;
        if (ok)
        {
            Assert.Equal(value, spec.Check(value));
        }
        else
        {
            var ex = Assert.Throws<InputException>(() => spec.Check(value));
            Assert.Equal("demand_multiplier", ex.Field);
            Assert.Contains("allowed range [0, 3]", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_OpenUpperEnd_ShowsInfinityAndRefusesInfinity()
    {
        var ex = Assert.Throws<InputException>(() => MigrationReturnsSpecs.MigrationCostUsd.Check(-1));
        Assert.Equal("field 'migration_cost_usd': -1 is outside the allowed range [0, ∞)", ex.Message);
        Assert.Throws<InputException>(() => MigrationReturnsSpecs.MigrationCostUsd.Check(double.PositiveInfinity));
    }

    [Fact]
    public void Check_ExclusiveMinimum_RefusesTheMinimum()
    {
        Assert.Equal(1, BrainGainSpecs.PMax.Check(1));
        Assert.Contains("(0, 1]", Assert.Throws<InputException>(() => BrainGainSpecs.PMax.Check(0)).Message, StringComparison.Ordinal);
        Assert.Contains("above 0", Assert.Throws<InputException>(() => BrainGainSpecs.ForeignWage.Check(0)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WholeSpec_RefusesFractions() =>
        Assert.Contains("whole number", Assert.Throws<InputException>(() => HostEconomySpecs.Years.Check(2.5)).Message, StringComparison.Ordinal);

    [Fact]
    public void NonNegative_Message_ShowsAnOpenUpperEnd() =>
        Assert.Contains("[0, ∞)", Assert.Throws<InputException>(() => Require.NonNegative(-2, "x")).Message, StringComparison.Ordinal);

    [Fact]
    public void Specs_NamesAreSnakeCaseAndUnique_OptionsAreTheirKebab()
    {
        foreach (var list in new[] { HostEconomySpecs.All, MigrationReturnsSpecs.All, BrainGainSpecs.All })
        {
            Assert.Equal(list.Count, list.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
            Assert.All(list, s => Assert.Matches("^[a-z][a-z0-9_]*$", s.Name));
            Assert.All(list, s => Assert.Equal("--" + s.Name.Replace('_', '-'), s.OptionName));
            Assert.All(list, s => Assert.EndsWith(".", s.Help, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void HostEconomyParameters_OutOfRangeOverride_NamesTheSpec()
    {
        var p = Continuum.Models.Tests.HostEconomy.HostEconomyFixtures.Parameters() with { LabourShare = 0.95 };
        Assert.Equal(HostEconomySpecs.LabourShare.Name, Assert.Throws<InputException>(() => p.Validate()).Field);
    }

    [Fact]
    public void BrainGainDefaults_AreTheDocumentedExample()
    {
        var x = TwoPeriodParameters.EasternEuropeExample();
        Assert.Equal(BrainGainSpecs.ForeignWage.Default, x.ForeignWage);
        Assert.Equal(BrainGainSpecs.HomePreference.Default, x.HomePreference);
        Assert.Equal(BrainGainSpecs.ReturnPremium.Default, x.ReturnPremium);
        Assert.Equal(BrainGainSpecs.MigrationCost.Default, x.MigrationCost);
        Assert.StartsWith(x.SchoolingCost.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), BrainGainSpecs.SchoolingCost.DefaultText, StringComparison.Ordinal);
    }
}
