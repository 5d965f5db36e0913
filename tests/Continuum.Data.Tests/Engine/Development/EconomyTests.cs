using Continuum.Core;
using Continuum.Core.Development;
using Continuum.Data.Development;

namespace Continuum.Data.Tests.Engine.Development;

public sealed class EconomyTests
{
    private static readonly string[] Countries = ["CAN", "USA", "PHL", "MEX", "IND", "ROU", "POL", "MDA", "ROW"];

    // PWT 10.01, Canada 2012 (data/demography/README.md): GDP 1.629 trillion, K = 7.077 trillion, labsh 0.65.
    private static readonly EconomyBase Canada2012 = new(1_629_000, 7_077_000, 0.65, 0.036, 0.27, 1_824_000);

    [Fact]
    public void Run_ConstantLabour_BaseYearEqualsPwtGdp()
    {
        var path = ProductionEconomy.Run(Canada2012, [100, 100, 100], [34.9e6, 34.9e6, 34.9e6]);
        Assert.Equal(1_629_000, path.RealGdpMillions[0], 6);
        Assert.Equal(((1 - 0.036) * 7_077_000) + (0.27 * 1_629_000), path.CapitalMillions[1], 6);
        Assert.Equal(1_629_000 * 1e6 / 34.9e6, path.GdpPerCapita[0], 6);
    }

    [Fact]
    public void Run_OnePercentMoreLabour_RaisesGdpByLabourShareInFirstYear()
    {
        var baseline = ProductionEconomy.Run(Canada2012, [100.0], [1e6]);
        var more = ProductionEconomy.Run(Canada2012, [101.0], [1e6], baseEffectiveLabour: 100);
        Assert.Equal(Math.Pow(1.01, 0.65), more.RealGdpMillions[0] / baseline.RealGdpMillions[0], 12);
    }

    [Fact]
    public void Load_ShippedData2010_EarningsPerWorkerPlausible()
    {
        var (economies, earnings) = EconomyData.Load(Continuum.Data.IO.DataPaths.DataDirectory(), Countries, 2010);
        // Canada 2010: labsh 0.651 × WDI GDP ≈ US$1.62 trillion ÷ PWT employment 17.3 million ≈ US$61,000.
        Assert.InRange(earnings[0], 55_000, 67_000);
        Assert.True(earnings[1] > earnings[2] && earnings[2] < earnings[0]);
        Assert.All(economies, e => Assert.True(e.RealGdpMillions > 0));
        Assert.InRange(earnings[8], 3_000, 20_000);
    }

    [Fact]
    public void EarningsModel_Anchored_MeanOfEmployedEqualsEarningsPerWorker()
    {
        var m = new EarningsModel([50_000], [5, 11, 15], 0.09, 0.03, -0.0005);
        Assert.Equal(Math.Exp(0.09 * 4), m.RelativeFactor(0, 2, 21) / m.RelativeFactor(0, 1, 17), 12);
        var anchored = m.Anchored([2.0]);
        Assert.Equal(25_000 * m.RelativeFactor(0, 1, 40), anchored.AnnualEarningsUsd(0, 1, 40), 6);
        Assert.Throws<InputException>(() => new EarningsModel([50_000], [5, 11, 15], -0.1, 0.03, -0.0005));
    }

    [Fact]
    public void Schooling_ShippedBarroLee_OrderedLevelsAndCanadaMeanMatchesPublished()
    {
        var years = SchoolingData.Load(Continuum.Data.IO.DataPaths.Shipped("demography", "education", "barro_lee_v2.2_attainment_5y_age_sex.csv"), Countries, 2010);
        Assert.True(years[0] < years[1] && years[1] < years[2]);
        // Barro–Lee v2.2, Canada 25+, 2010: lu 0.58, lp 5.50, ls 46.25, lh 47.67 (%), yr_sch 12.56; the three level
        // durations reproduce the published mean within 0.3 years.
        var mean = (0.0608 * years[0]) + (0.4625 * years[1]) + (0.4767 * years[2]);
        Assert.InRange(mean, 12.56 - 0.3, 12.56 + 0.3);
    }
}
