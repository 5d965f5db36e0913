using Continuum.Models.Returns;

namespace Continuum.Models.Tests.Returns;

public sealed class MigrationReturnsModelTests
{
    private static MigrationReturnsParameters Simple() => new(
        CareerYears: 10, DiscountRatePerYear: 0, OriginWageUsdPerYear: 10_000, DestinationWageUsdPerYear: 50_000,
        OriginTaxRate: 0.2, DestinationTaxRate: 0.3, OriginPriceLevel: 0.5, DestinationPriceLevel: 1,
        MigrationCostUsd: 4_000, RemittanceShare: 0.1, RemittanceCostShare: 0.05, PublicTrainingCostUsd: 20_000,
        VacancyCostUsdPerYear: 10_000, VacancyYears: 3, ReturnProbability: 0, YearsAbroadIfReturning: 5,
        ReturnWagePremium: 0.2, HostSurplusShare: 0.1, HostTrainingCostSavedUsd: 30_000);

    [Fact]
    public void Expected_NoDiscountNoReturn_MatchesHandComputation()
    {
        var a = new MigrationReturnsModel(Simple()).Expected();
        // Net wages 35,000 abroad and 8,000 at home for 10 years; remittances 3,500 a year, 5% fees.
        Assert.Equal((10 * 27_000) - 4_000 - (10 * 175), a.PrivateNpv, 9);
        Assert.Equal((10 * 3_325) - (10 * 2_000) - (3 * 10_000) - 20_000, a.OriginSocialNpv, 9);
        Assert.Equal((10 * 15_000) + (10 * 5_000) + 30_000, a.HostSocialNpv, 9);
    }

    [Fact]
    public void Expected_CertainReturnAfterFiveYears_MatchesHandComputation()
    {
        var a = new MigrationReturnsModel(Simple() with { ReturnProbability = 1 }).Expected();
        // 5 years abroad, then 5 at home with a 2,000 premium (1,600 after tax, 400 tax); half the training cost lost.
        Assert.Equal((5 * 27_000) + (5 * 1_600) - 4_000 - (5 * 175), a.PrivateNpv, 9);
        Assert.Equal((5 * 3_325) - (5 * 2_000) - (3 * 10_000) - 10_000 + (5 * 400), a.OriginSocialNpv, 9);
    }

    [Fact]
    public void Expected_IsLinearInReturnProbability()
    {
        var model = new MigrationReturnsModel(Simple());
        var mix = model.Expected(0.3);
        Assert.Equal((0.3 * model.Expected(1).PrivateNpv) + (0.7 * model.Expected(0).PrivateNpv), mix.PrivateNpv, 6);
    }

    [Fact]
    public void Annuity_PositiveRate_MatchesClosedForm()
    {
        var model = new MigrationReturnsModel(Simple() with { DiscountRatePerYear = 0.05 });
        var closedForm = (1 - Math.Pow(1.05, -10)) / 0.05;
        Assert.Equal(closedForm, model.Annuity(1, 10), 12);
        Assert.Equal(0, model.Annuity(11, 10));
    }

    [Fact]
    public void BreakEvenRemittanceShare_GivesZeroOriginSocialNpv()
    {
        var model = new MigrationReturnsModel(Simple());
        var share = model.BreakEvenRemittanceShare();
        Assert.NotNull(share);
        var atBreakEven = new MigrationReturnsModel(Simple() with { RemittanceShare = share.Value }).Expected().OriginSocialNpv;
        Assert.Equal(0, atBreakEven, 6);
    }

    [Fact]
    public void Validate_YearsAbroadBeyondCareer_NamesField()
    {
        var ex = Assert.Throws<InputException>(() => new MigrationReturnsModel(Simple() with { YearsAbroadIfReturning = 11 }));
        Assert.Equal("years_abroad_if_returning", ex.Field);
        Assert.Contains("[1, 10]", ex.Message, StringComparison.Ordinal);
    }
}
