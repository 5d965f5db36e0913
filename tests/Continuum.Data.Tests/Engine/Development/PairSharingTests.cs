using Continuum.Core;
using Continuum.Core.Development;
using Continuum.Data.Development;

namespace Continuum.Data.Tests.Engine.Development;

/// <summary>
/// Shared engine work in a paired comparison (<see cref="PairSharing"/>) must give exactly the numbers of two separate
/// runs: every table of the engine, every development sum and every indicator, bit for bit.
/// </summary>
public sealed class PairSharingTests
{
    private static Core.Scenario.Scenario Small() => ShippedData.Scenario("small.toml") with { SampleSize = 40_000, HorizonYear = 2018 };

    private static Core.Scenario.Scenario WithLevers(string name, string development) =>
        ShippedData.WithDevelopment(Small(), development) with { Name = name };

    private static (ScenarioSide A, ScenarioSide B) Load(Core.Scenario.Scenario a, Core.Scenario.Scenario b) =>
        (ScenarioSide.Load(a), ScenarioSide.Load(b with { Seed = a.Seed }));

    [Fact]
    public void Plan_KernelLeversOnly_SharesTheEngine()
    {
        var (a, b) = Load(Small(), WithLevers("cost", "remittance_cost = { ALL = 0.03 }\nreturn_premium = { ROU = 0.5 }"));
        Assert.Equal(PairPlan.SharedEngine, PairSharing.Plan(a, b));
        Assert.Equal(PairPlan.SharedEngine, PairSharing.Plan(a, ScenarioSide.Load(Small())));
    }

    [Fact]
    public void Plan_ExtraAdmissionsWithoutCaps_AddsTheExtrasRun()
    {
        var (a, b) = Load(Small(), WithLevers("extra", "extra_admissions = { ROU = 60000 }\nextra_admissions_years = [2011, 2014]"));
        Assert.Equal(PairPlan.AdditiveExtras, PairSharing.Plan(a, b));
        Assert.Equal(PairPlan.Separate, PairSharing.Plan(b, a));
        Assert.True(PairSharing.DevelopmentEqual(a, b)); // extra admissions act in the engine only: one development step serves both
        var (_, cost) = Load(Small(), WithLevers("cost", "remittance_cost = { ALL = 0.03 }"));
        Assert.False(PairSharing.DevelopmentEqual(a, cost));
    }

    [Fact]
    public void Plan_EngineLeverOrAdmissionCap_RunsSeparately()
    {
        var (a, incentive) = Load(Small(), WithLevers("incentive", "return_incentive = { ROU = 0.5 }"));
        Assert.Equal(PairPlan.Separate, PairSharing.Plan(a, incentive));
        var capped = Small() with { Engine = new Core.Scenario.EngineLevers { Admissions = Core.Scenario.LeverMap<Core.Scenario.Iso3, double>.Of([new(Core.Scenario.Iso3.Parse("ROU"), 1000)]) } };
        var (c, cappedExtra) = Load(capped, WithLevers("capped", "extra_admissions = { ROU = 60000 }") with { Engine = capped.Engine });
        Assert.Equal(PairPlan.Separate, PairSharing.Plan(c, cappedExtra));
    }

    [Theory]
    [InlineData("remittance_cost = { ALL = 0.03 }\n[development.credential_recognition.ROU-MDA]\nrate = 1.0\ndelay_years = 1", PairPlan.SharedEngine)]
    [InlineData("extra_admissions = { ROU = 60000 }\nextra_admissions_years = [2011, 2014]", PairPlan.AdditiveExtras)]
    [InlineData("extra_admissions = { MDA = 30000 }\nremittance_cost = { ALL = 0.05 }\nunderemployment_penalty = 0.4", PairPlan.AdditiveExtras)]
    public void RunPair_SharedPlan_BitIdenticalToSeparateRuns(string levers, PairPlan expected)
    {
        var (a, b) = Load(Small(), WithLevers("b", levers));
        Assert.Equal(expected, PairSharing.Plan(a, b));
        for (var r = 0; r < 2; r++)
        {
            var separate = DevelopmentRunner.RunPair(a, b, r, threads: 1, PairPlan.Separate, TestContext.Current.CancellationToken);
            var shared = DevelopmentRunner.RunPair(a, b, r, threads: 2, expected, TestContext.Current.CancellationToken);
            AssertSame(separate.A, shared.A);
            AssertSame(separate.B, shared.B);
        }
    }

    private static void AssertSame(ReplicateOutcome expected, ReplicateOutcome actual)
    {
        var dims = expected.Result.Dimensions;
        for (var y = 0; y < dims.Years; y++)
        {
            Assert.Equal(expected.Result.Cells[y], actual.Result.Cells[y]);
            Assert.Equal(expected.Result.CorridorStock[y], actual.Result.CorridorStock[y]);
            Assert.Equal(expected.Result.CorridorMoves[y], actual.Result.CorridorMoves[y]);
            Assert.Equal(expected.Result.CorridorReturns[y], actual.Result.CorridorReturns[y]);
            var e = expected.Development.Years[y];
            var g = actual.Development.Years[y];
            Assert.Equal(e.EarningsUsd, g.EarningsUsd);
            Assert.Equal(e.EffectiveLabour, g.EffectiveLabour);
            Assert.Equal(e.Underemployed, g.Underemployed);
            Assert.Equal(e.RemittancesSentUsd, g.RemittancesSentUsd);
            Assert.Equal(e.RemittancesReceivedUsd, g.RemittancesReceivedUsd);
            for (var k = 0; k < IndicatorDefinition.All.Count; k++)
            {
                for (var c = 0; c < dims.CountryCount; c++)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Indicators.Value(k, y, c)), BitConverter.DoubleToInt64Bits(actual.Indicators.Value(k, y, c)));
                }
            }
        }

        Assert.Equal(expected.Result.PersonYears, actual.Result.PersonYears);
    }
}
