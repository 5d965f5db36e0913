using Continuum.Core.Development;
using Continuum.Models.Macro;

namespace Continuum.Core.Tests.Development;

public sealed class EconomyTests
{
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
    public void EarningsModel_Anchored_MeanOfEmployedEqualsEarningsPerWorker()
    {
        var m = new EarningsModel([50_000], [5, 11, 15], 0.09, 0.03, -0.0005);
        Assert.Equal(Math.Exp(0.09 * 4), m.RelativeFactor(0, 2, 21) / m.RelativeFactor(0, 1, 17), 12);
        var anchored = m.Anchored([2.0]);
        Assert.Equal(25_000 * m.RelativeFactor(0, 1, 40), anchored.AnnualEarningsUsd(0, 1, 40), 6);
        Assert.Throws<InputException>(() => new EarningsModel([50_000], [5, 11, 15], -0.1, 0.03, -0.0005));
    }

    [Fact]
    public void CobbDouglasPath_TfpFromBaseYear_ReproducesBaseGdpAccumulatesCapitalAndIgnoresNegativeLabour()
    {
        const double alpha = 0.35;
        var tfp = CobbDouglasPath.Tfp(1000, 3000, 50, alpha);
        var capital = new double[2];
        var output = new double[2];

        CobbDouglasPath.Run(tfp, alpha, 3000, 0.05, 0.2, [50, -1], capital, output);

        Assert.Equal(1000, output[0], 9);
        Assert.Equal((0.95 * 3000) + (0.2 * 1000), capital[1], 9);
        Assert.Equal(0, output[1]);
        Assert.Throws<ArgumentException>(() => CobbDouglasPath.Run(tfp, alpha, 3000, 0.05, 0.2, [50], capital, output));
    }
}
