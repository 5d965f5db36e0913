using Continuum.Data.Development;
using Continuum.Data.IO;

namespace Continuum.Data.Tests.Engine.Development;

/// <summary>The production and schooling data the development processes read, from the shipped files.</summary>
public sealed class EconomyDataTests
{
    private static readonly string[] Countries = ["CAN", "USA", "PHL", "MEX", "IND", "ROU", "POL", "MDA", "ROW"];

    [Fact]
    public void Load_ShippedData2010_EarningsPerWorkerPlausible()
    {
        var (economies, earnings) = EconomyData.Load(DataPaths.DataDirectory(), Countries, 2010);
        // Canada 2010: labsh 0.651 × WDI GDP ≈ US$1.62 trillion ÷ PWT employment 17.3 million ≈ US$61,000.
        Assert.InRange(earnings[0], 55_000, 67_000);
        Assert.True(earnings[1] > earnings[2] && earnings[2] < earnings[0]);
        Assert.All(economies, e => Assert.True(e.RealGdpMillions > 0));
        Assert.InRange(earnings[8], 3_000, 20_000);
    }

    [Fact]
    public void Schooling_ShippedBarroLee_OrderedLevelsAndCanadaMeanMatchesPublished()
    {
        var years = SchoolingData.Load(DataPaths.Shipped("demography", "education", "barro_lee_v2.2_attainment_5y_age_sex.csv"), Countries, 2010);
        Assert.True(years[0] < years[1] && years[1] < years[2]);
        // Barro–Lee v2.2, Canada 25+, 2010: lu 0.58, lp 5.50, ls 46.25, lh 47.67 (%), yr_sch 12.56; the three level
        // durations reproduce the published mean within 0.3 years.
        var mean = (0.0608 * years[0]) + (0.4625 * years[1]) + (0.4767 * years[2]);
        Assert.InRange(mean, 12.56 - 0.3, 12.56 + 0.3);
    }
}
