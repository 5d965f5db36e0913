using Continuum.Core;
using Continuum.Core.Scenario;
using Continuum.Data.Development;

namespace Continuum.Data.Tests.Engine.Development;

/// <summary>
/// Issue 5 validation of the brain-gain channels in the microsimulation: Romania, Moldova and the rest of the world,
/// 2010–2035, 40,000 persons, 2 replicates, with tertiary-educated Romanians twice as likely to emigrate.
/// </summary>
public sealed class HumanCapitalRunTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("h6-hc").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Core.Scenario.Scenario Scenario(double emigrationMultiplier, string development)
    {
        var rr = Path.Combine(_dir, "rr.csv");
        File.WriteAllText(rr, "country,education,relative_risk\n*,primary_or_less,1\n*,secondary,1\n*,tertiary,1\nROU,tertiary,2\n");
        var small = ShippedData.Scenario("small.toml");
        var scenario = small with
        {
            Name = "hc", SampleSize = 40_000, HorizonYear = 2035, Tables = small.Tables.With("emigration_education_relative_risk", rr),
            Engine = new EngineLevers { EmigrationRateMultiplier = LeverMap<Iso3, double>.Of([new(Iso3.Parse("ROU"), emigrationMultiplier)]) },
        };
        return development.Length == 0 ? scenario : ShippedData.WithDevelopment(scenario, development.Replace("[development]\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void DrainOnly_MoreEmigration_ResidentTertiaryShareFallsMore()
    {
        var low = HumanCapitalRuns.Decompose(Scenario(1, string.Empty), "ROU", 2, 2, cancellationToken: TestContext.Current.CancellationToken)[^1];
        var high = HumanCapitalRuns.Decompose(Scenario(1.5, string.Empty), "ROU", 2, 2, cancellationToken: TestContext.Current.CancellationToken)[^1];
        Assert.True(low.Decomposition.Drain.TertiaryShare < 0, $"drain {low.Decomposition.Drain.TertiaryShare}");
        Assert.True(high.Decomposition.Drain.TertiaryShare < low.Decomposition.Drain.TertiaryShare,
            $"drain at ×1.5 {high.Decomposition.Drain.TertiaryShare} vs ×1 {low.Decomposition.Drain.TertiaryShare}");
    }

    [Fact]
    public void AllChannels_StrongIncentiveAndReturn_ResidentTertiaryShareRises()
    {
        const string Levers = "[development]\neducation_elasticity = { ROU = 5 }\nreturn_incentive = { ROU = 1 }\nreturn_premium = { ROU = 0.2 }\n";
        var years = HumanCapitalRuns.Decompose(Scenario(1, Levers), "ROU", 2, 2, cancellationToken: TestContext.Current.CancellationToken);
        var last = years[^1].Decomposition;
        Assert.Equal(last.Total.TertiaryShare, last.Drain.TertiaryShare + last.Incentive.TertiaryShare + last.Return.TertiaryShare, 12);
        Assert.True(last.Incentive.TertiaryShare > 0 && last.Total.TertiaryShare > 0,
            $"drain {last.Drain.TertiaryShare}, incentive {last.Incentive.TertiaryShare}, return {last.Return.TertiaryShare}");
        Assert.Equal(0, years[0].Decomposition.Total.TertiaryShare, 12);
    }
}
