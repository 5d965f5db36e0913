using Continuum.Models.BrainGain;

namespace Continuum.Models.Tests.BrainGain;

public sealed class TwoPeriodBrainGainModelTests
{
    private static readonly TwoPeriodBrainGainModel Example = new(TwoPeriodParameters.EasternEuropeExample());

    private static IEnumerable<double> Grid() => Enumerable.Range(0, 21).Select(i => i / 20.0);

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(1.7)]
    [InlineData(2.5)]
    public void ResidentHumanCapital_DrainOnly_FallsWithPWheneverAnyoneEmigrates(double homePreference)
    {
        var model = new TwoPeriodBrainGainModel(TwoPeriodParameters.EasternEuropeExample() with { HomePreference = homePreference });
        var previous = double.PositiveInfinity;
        foreach (var p in Grid())
        {
            var o = model.Solve(p, TwoPeriodChannels.DrainOnly);
            var h = o.ResidentHumanCapital;
            var strict = o.PermanentEmigrantShare > 0 && p > 0;
            Assert.True(strict ? h < previous : h <= previous, $"p={p}: {h} vs {previous}");
            previous = h;
        }
    }

    [Fact]
    public void ResidentHumanCapital_StrongHomePreference_NobodyEmigratesAndNothingChanges()
    {
        // λ = 2.5: W_F(1+θ_F)/λ = 1.28 < W_H(1+θ_H) = 1.5 per ability unit, so staying dominates.
        var model = new TwoPeriodBrainGainModel(TwoPeriodParameters.EasternEuropeExample() with { HomePreference = 2.5 });
        var o = model.Solve(0.8, TwoPeriodChannels.All);
        Assert.Equal(0, o.PermanentEmigrantShare + o.ReturneeShare);
        Assert.Equal(model.Solve(0, TwoPeriodChannels.All).ResidentHumanCapital, o.ResidentHumanCapital, 12);
    }

    [Fact]
    public void ResidentHumanCapital_AllChannelsExample_RisesAboveClosedEconomyForEveryPositiveP()
    {
        var closed = Example.Solve(0, TwoPeriodChannels.All).ResidentHumanCapital;
        foreach (var p in Grid().Where(p => p > 0))
        {
            Assert.True(Example.Solve(p, TwoPeriodChannels.All).ResidentHumanCapital > closed, $"no brain gain at p={p}");
        }
    }

    [Fact]
    public void Decomposition_Example_PartsAddUpAndDrainIsNegative()
    {
        foreach (var p in Grid().Where(p => p > 0))
        {
            var d = BrainGainDecomposition.At(Example, p);
            Assert.Equal(d.Total, d.Drain + d.Incentive + d.Return, 12);
            Assert.True(d.Drain < 0, $"drain at p={p} is {d.Drain}");
        }

        var mid = BrainGainDecomposition.At(Example, 0.3);
        Assert.True(mid.Incentive > 0 && mid.Return > 0);
    }

    [Fact]
    public void SchoolingThreshold_ClosedEconomy_MatchesClosedForm()
    {
        var x = Example.Parameters;
        var expected = x.SchoolingCost / (x.HomeWage * x.HomeSchoolingReturn * (1 + x.DiscountFactor));
        var o = Example.Solve(0, TwoPeriodChannels.All);
        Assert.Equal(expected, o.SchoolingThreshold, 12);
        Assert.Equal(0.1277, o.SchooledShare, 12); // Barro–Lee v2.2, Poland 2000, 25+, any tertiary
    }

    [Fact]
    public void SchoolingThreshold_WithIncentive_FallsWithP()
    {
        var previous = double.PositiveInfinity;
        foreach (var p in Grid())
        {
            var t = Example.Solve(p, TwoPeriodChannels.All).SchoolingThreshold;
            Assert.True(t < previous, $"p={p}");
            previous = t;
        }
    }

    [Theory]
    [InlineData(0.2, true, true)]
    [InlineData(0.5, true, false)]
    [InlineData(0.7, false, false)]
    [InlineData(1.0, true, true)]
    public void Solve_ExactIntegration_MatchesBruteForceOverAbilityGrid(double p, bool incentive, bool allowReturn)
    {
        var channels = new TwoPeriodChannels(incentive, allowReturn);
        var exact = Example.Solve(p, channels);
        var brute = BruteForce(Example, p, channels, 400_000);
        Assert.Equal(brute.HumanCapital, exact.ResidentHumanCapital, 4);
        Assert.Equal(brute.Residents, exact.ResidentShare, 4);
        Assert.Equal(brute.Returnees, exact.ReturneeShare, 4);
    }

    [Fact]
    public void Solve_ResidentsAndEmigrants_ConserveTheCohort()
    {
        foreach (var p in Grid())
        {
            var o = Example.Solve(p, TwoPeriodChannels.All);
            Assert.Equal(1.0, o.ResidentShare + o.PermanentEmigrantShare, 12);
        }
    }

    [Fact]
    public void Validate_HomePreferenceBelowOne_NamesField()
    {
        var bad = TwoPeriodParameters.EasternEuropeExample() with { HomePreference = 0.9 };
        var ex = Assert.Throws<InputException>(() => new TwoPeriodBrainGainModel(bad));
        Assert.Equal("home_preference", ex.Field);
        Assert.Contains("[1, ∞)", ex.Message, StringComparison.Ordinal);
    }

    // Independent midpoint-rule solution: each grid agent decides directly from the value formulas.
    private static (double HumanCapital, double Residents, double Returnees) BruteForce(
        TwoPeriodBrainGainModel model, double p, TwoPeriodChannels channels, int n)
    {
        var x = model.Parameters;
        var schoolingP = channels.Incentive ? p : 0;
        double residents = 0, capital = 0, returnees = 0;
        for (var i = 0; i < n; i++)
        {
            var v = x.AbilityMin + ((x.AbilityMax - x.AbilityMin) * (i + 0.5) / n);
            var hs = x.HomeWage * v * (1 + x.HomeSchoolingReturn);
            var fs = x.ForeignWage * v * (1 + x.ForeignSchoolingReturn) / x.HomePreference;
            var ss = hs * (1 + x.DiscountFactor);
            var mr = channels.Return ? fs - x.MigrationCost + (x.DiscountFactor * (hs + x.ReturnPremium)) : double.NegativeInfinity;
            var mm = (fs * (1 + x.DiscountFactor)) - x.MigrationCost;
            var best = Math.Max(ss, Math.Max(mr, mm));
            var schooled = ((1 - schoolingP) * ss) + (schoolingP * best) - x.SchoolingCost >= x.HomeWage * v * (1 + x.DiscountFactor);
            if (!schooled)
            {
                residents += 1;
                capital += v;
                continue;
            }

            var h = v * (1 + x.HomeSchoolingReturn);
            var stayShare = best == ss ? 1 : best == mr ? 1 : 1 - p;
            residents += stayShare;
            capital += stayShare * h;
            if (best == mr && best > ss)
            {
                returnees += p;
                capital += p * x.ReturnPremium / x.HomeWage;
            }
        }

        return (capital / residents, residents / n, returnees / n);
    }
}
