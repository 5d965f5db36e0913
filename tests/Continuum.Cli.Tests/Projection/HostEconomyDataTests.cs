using Continuum.Data.Demography;
using Continuum.Data.IO;
using Continuum.Models.HostEconomy;

namespace Continuum.Cli.Tests.Projection;

/// <summary>The host-economy parameters come from the shipped data (data/demography/README.md gives each source).</summary>
public sealed class HostEconomyDataTests(WppFixture fixture) : IClassFixture<WppFixture>
{
    private HostEconomyParameters Central(out LabourInput labour)
    {
        labour = CanadaHostEconomy.BasePopulationFromWpp(fixture.Wpp, 2012, 10);
        return CanadaHostEconomy.Parameters(fixture.Wpp, DataPaths.Shipped("demography"), labour, 2012, 10, 10, 100_000);
    }

    [Fact]
    public void Parameters_Canada2012_MatchPwtStatCanIrccWdi()
    {
        var p = Central(out _);

        // PWT 10.01, Canada 2012 (README: K/Y ≈ 4.3, labsh 0.65, delta 0.036, csh_i 0.27).
        Assert.Equal(4.34, p.CapitalStockMillions / p.RealGdpMillions, 2);
        Assert.Equal(0.6506, p.LabourShare, 4);
        Assert.Equal(0.0363, p.DepreciationRatePerYear, 4);
        Assert.Equal(0.2734, p.InvestmentShare, 4);
        // StatCan 14-10-0085, 2012, both sexes would be 67.2 / 81.4 for ≤5 years; by sex: F 57.3 / 77.6, M 78.1 / 85.3.
        Assert.Equal(57.3 / 77.6, p.RelativeEmploymentByYearsSinceLanding[0][0], 6);
        Assert.Equal(78.1 / 85.3, p.RelativeEmploymentByYearsSinceLanding[1][0], 6);
        // IRCC: 257,903 permanent residents in 2012; WDI SL.UEM.TOTL.ZS Canada 2012: 7.392%.
        Assert.Equal(257_903, p.BaseAdmissionsPerYear);
        Assert.Equal(7.392, p.NaturalUnemploymentRatePercent, 3);
    }

    [Fact]
    public void AdmissionShares_Ircc2012_SumToOneWithPrimeAgeShareFromTable()
    {
        var p = Central(out _);
        var primeAge = p.AdmissionShares.Sum(s => s.Skip(25).Take(20).Sum());

        Assert.Equal(1.0, p.AdmissionShares.Sum(s => s.Sum()), 9);
        Assert.Equal(129_845.0 / 257_903, primeAge, 3); // IRCC Facts and Figures 2014: 129,845 aged 25–44 of 257,903
    }

    [Fact]
    public void BaseEmployment_CalibratedToPwtEmployment2012()
    {
        var p = Central(out var labour);

        var result = HostEconomyModel.Run(p, labour);

        Assert.Equal(17_793_714.5, result["employment"].Base[0], 1.0); // PWT emp, Canada 2012: 17.7937 million
    }

    [Fact]
    public void Okun_WdiCanada1991To2019_InPlausibleRange()
    {
        var okun = CanadaHostEconomy.Okun(new HostEconomySources(DataPaths.Shipped("demography")));

        // Published Okun coefficients for Canada in first differences are about 0.3–0.5 (e.g. Ball, Leigh & Loungani 2017).
        Assert.InRange(okun, 0.2, 0.6);
    }

    [Fact]
    public void Scenario_PlusOneMillionOverTenYears_SignsMatchPublishedQualitativeResults()
    {
        var p = Central(out var labour);

        var result = HostEconomyModel.Run(p, labour);

        // Dungan, Fang & Gunderson (2013): GDP up, "essentially no impact on unemployment", net government balances improve.
        Assert.True(result.GdpEffectAtEndOfAdmissions > 0);
        Assert.InRange(result["unemployment_rate"].Difference(9), -0.5, 0.5);
        Assert.True(result["government_balance"].Difference(9) > 0);
    }

    [Fact]
    public void BasePopulation_ProjectionAndWpp_AgreeWithinOnePercent()
    {
        var wppPath = CanadaHostEconomy.BasePopulationFromWpp(fixture.Wpp, 2012, 10);
        var projected = CanadaHostEconomy.BasePopulationFromProjection(fixture.Wpp, 2012, 10);

        for (var y = 0; y < 10; y++)
        {
            var a = wppPath.Population(y, Models.Projection.Sex.Female).ToArray().Sum();
            var b = projected.Population(y, Models.Projection.Sex.Female).ToArray().Sum();
            Assert.InRange(b / a, 0.99, 1.01);
        }
    }

    [Fact]
    public void CentralRun_MatchesNumbersDocumented()
    {
        var p = Central(out var labour);

        var result = HostEconomyModel.Run(p, labour);

        // docs/models/host-economy.md reports these; a change here must update the page (not tune toward 2.3%).
        Assert.Equal(2.40, result.GdpEffectAtEndOfAdmissions, 0.005);
        Assert.Equal(-0.23, result["gdp_per_capita"].Difference(9), 0.005);
        Assert.Equal(-0.28, result["unemployment_rate"].Difference(9), 0.005);
    }
}
