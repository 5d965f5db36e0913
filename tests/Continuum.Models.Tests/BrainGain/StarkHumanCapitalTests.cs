using Continuum.Models.BrainGain;

namespace Continuum.Models.Tests.BrainGain;

public sealed class StarkHumanCapitalTests
{
    [Fact]
    public void Closed_ResearchNoteVector_IsThree()
    {
        // models.md §2.6 test vector (DESIGN): α = 1, k = 0.25 gives θ* = 3.
        Assert.Equal(3, StarkHumanCapital.Closed(1, 0.25), 12);
    }

    [Fact]
    public void WithMigration_ResearchNoteVector_Is38()
    {
        // models.md §2.6: β = 2, p = 0.2 gives θ** = 3.8.
        Assert.Equal(3.8, StarkHumanCapital.WithMigration(1, 2, 0.25, 0.2), 12);
    }

    [Fact]
    public void WithMigration_MaximisesExpectedNetEarnings()
    {
        const double alpha = 1, beta = 2, k = 0.25, p = 0.2;
        var best = StarkHumanCapital.WithMigration(alpha, beta, k, p);
        double Net(double theta) => (((1 - p) * alpha) + (p * beta)) * Math.Log(theta + 1) - (k * theta);
        Assert.True(Net(best) > Net(best - 0.01) && Net(best) > Net(best + 0.01));
    }

    [Fact]
    public void Closed_ZeroCost_NamesFieldK()
    {
        Assert.Equal("k", Assert.Throws<InputException>(() => StarkHumanCapital.Closed(1, 0)).Field);
    }
}
