using Continuum.Models.HostEconomy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Continuum.Models.Tests.HostEconomy;

public sealed class HostEconomyModelTests
{
    [Fact]
    public void Run_NoExtraAdmissions_ScenarioEqualsBase()
    {
        var result = HostEconomyModel.Run(HostEconomyFixtures.Parameters(extra: 0), HostEconomyFixtures.Labour());

        foreach (var indicator in result.Indicators)
        {
            for (var i = 0; i < result.Years; i++)
            {
                Assert.Equal(indicator.Base[i], indicator.Scenario[i], 6);
            }
        }
    }

    [Fact]
    public void Run_BaseYearGdp_EqualsCalibrationGdp()
    {
        var p = HostEconomyFixtures.Parameters();

        var result = HostEconomyModel.Run(p, HostEconomyFixtures.Labour());

        Assert.Equal(p.RealGdpMillions, result["real_gdp"].Base[0], 6);
    }

    [Fact]
    public void Run_ExtraAdmissions_PopulationRisesByAboutTheInflowLessLosses()
    {
        var result = HostEconomyModel.Run(HostEconomyFixtures.Parameters(), HostEconomyFixtures.Labour());
        var pop = result["population"];

        var added = pop.Scenario[9] - pop.Base[9];
        // Mid-year 2021: 9.5 cohorts of 100,000, plus births, minus deaths and 0.2%/yr emigration.
        Assert.InRange(added, 930_000, 1_020_000);
    }

    [Fact]
    public void Run_SupplySideOnly_GdpEffectBelowLabourInputEffectAndUnemploymentUnchanged()
    {
        var p = HostEconomyFixtures.Parameters() with { DemandMultiplier = 0 };

        var result = HostEconomyModel.Run(p, HostEconomyFixtures.Labour());

        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(0, result["unemployment_rate"].Difference(i), 12));
        Assert.True(result.GdpEffectAtEndOfAdmissions > 0);
        Assert.True(result.GdpEffectAtEndOfAdmissions < result["labour_force"].Difference(9));
    }

    [Fact]
    public void Run_FullProductivityAndEmployment_PerCapitaGainHigherThanCentral()
    {
        var central = HostEconomyModel.Run(HostEconomyFixtures.Parameters(), HostEconomyFixtures.Labour());
        var equal = HostEconomyModel.Run(HostEconomyFixtures.Parameters() with
        {
            RelativeProductivityAtLanding = 1,
            RelativeEmploymentByYearsSinceLanding = [[1, 1, 1], [1, 1, 1]],
        }, HostEconomyFixtures.Labour());

        Assert.True(equal["gdp_per_capita"].Difference(9) > central["gdp_per_capita"].Difference(9));
    }

    [Fact]
    public void Run_ExternalExtraLabour_ReplacesCohortSimulation()
    {
        var p = HostEconomyFixtures.Parameters();
        var simulated = ImmigrantCohorts.Simulate(p);
        var labour = HostEconomyFixtures.Labour().WithExternalExtra(simulated);

        var viaExternal = HostEconomyModel.Run(p with { ExtraAdmissionsPerYear = 0 }, labour);
        var internalRun = HostEconomyModel.Run(p, HostEconomyFixtures.Labour());

        Assert.Equal(internalRun.GdpEffectAtEndOfAdmissions, viaExternal.GdpEffectAtEndOfAdmissions, 9);
    }

    [Fact]
    public void Parameters_OutOfRange_ErrorNamesFieldAndRange()
    {
        var p = HostEconomyFixtures.Parameters() with { LabourShare = 1.2 };

        var ex = Assert.Throws<InputException>(() => HostEconomyModel.Run(p, HostEconomyFixtures.Labour()));

        Assert.Contains("labour_share", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[0.3, 0.9]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LabourInputTooShort_Throws() =>
        Assert.Throws<InputException>(() => HostEconomyModel.Run(HostEconomyFixtures.Parameters(), HostEconomyFixtures.Labour(5)));

    [Property(MaxTest = 50)]
    public Property Run_MoreAdmissions_MoreGdpAndPopulation()
    {
        var pairs = from a in Gen.Choose(0, 300_000)
                    from b in Gen.Choose(0, 300_000)
                    select (Low: Math.Min(a, b), High: Math.Max(a, b) + 1);
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var low = HostEconomyModel.Run(HostEconomyFixtures.Parameters(pair.Low), HostEconomyFixtures.Labour());
            var high = HostEconomyModel.Run(HostEconomyFixtures.Parameters(pair.High), HostEconomyFixtures.Labour());
            return high.GdpEffectAtEndOfAdmissions > low.GdpEffectAtEndOfAdmissions &&
                   high["population"].Difference(9) > low["population"].Difference(9);
        });
    }

    [Fact]
    public void Okun_ExactLine_RecoversCoefficient()
    {
        double[] growth = [2, 3, -1, 4, 1, 2.5, 0];
        var unemployment = new double[growth.Length];
        unemployment[0] = 7;
        for (var t = 1; t < growth.Length; t++)
        {
            unemployment[t] = unemployment[t - 1] + 1.0 - (0.4 * growth[t]);
        }

        Assert.Equal(0.4, OkunLaw.EstimateCoefficient(growth, unemployment), 12);
    }

    [Fact]
    public void Sensitivity_FirstRowIsCentralRun()
    {
        var rows = HostEconomySensitivity.Run(HostEconomyFixtures.Parameters(), HostEconomyFixtures.Labour());
        var central = HostEconomyModel.Run(HostEconomyFixtures.Parameters(), HostEconomyFixtures.Labour());

        Assert.Equal("central", rows[0].Parameter);
        Assert.Equal(central.GdpEffectAtEndOfAdmissions, rows[0].RealGdpPercent, 12);
        Assert.True(rows.Count > 10);
    }
}
