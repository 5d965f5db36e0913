using FsCheck.Xunit;

namespace Continuum.Core.Tests;

public sealed class RngTests
{
    [Property]
    public bool Mix_DistinctInputs_DistinctOutputs(ulong a, ulong b) => a == b || Rng.Mix(a) != Rng.Mix(b);

    // Reference value of the SplitMix64 generator seeded with 0 (Steele, Lea & Flood 2014; first output).
    [Fact]
    public void Mix_Zero_KnownSplitMix64Value() => Assert.Equal(0xE220A8397B1DCDAFUL, Rng.Mix(0));

    [Property]
    public bool Uniform_AnyKeys_InUnitInterval(ulong run, ulong person, int year, byte stream)
    {
        var u = Rng.Uniform(run, person, year, (DrawStream)stream);
        return u is >= 0 and < 1;
    }

    [Property]
    public bool Uniform_SameKeys_SameValue(ulong run, ulong person, int year) =>
        Rng.Uniform(run, person, year, DrawStream.Mortality) == Rng.Uniform(run, person, year, DrawStream.Mortality);

    [Fact]
    public void Uniform_ManyPersons_MeanAndStreamsIndependent()
    {
        // 200,000 draws: the mean of U(0,1) has standard error 0.00065, the correlation of two streams 0.0022;
        // bounds of 5 standard errors fail by chance with probability below 1e-6.
        const int n = 200_000;
        var run = Rng.RunKey(42, 0);
        double sum = 0, cross = 0;
        for (var p = 0UL; p < n; p++)
        {
            var a = Rng.Uniform(run, Rng.Mix(p), 2010, DrawStream.Mortality);
            var b = Rng.Uniform(run, Rng.Mix(p), 2010, DrawStream.Fertility);
            sum += a;
            cross += (a - 0.5) * (b - 0.5);
        }

        Assert.InRange(sum / n, 0.5 - 0.0033, 0.5 + 0.0033);
        Assert.InRange(cross / n / (1.0 / 12), -0.011, 0.011);
    }

    [Fact]
    public void PoissonInverse_ManyUniforms_MeanMatches()
    {
        // Mean of Poisson(0.7) over an evenly spaced grid of 100,000 uniforms: exact to the grid's resolution.
        const int n = 100_000;
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            sum += Rng.PoissonInverse(0.7, (i + 0.5) / n, 100);
        }

        Assert.InRange(sum / n, 0.699, 0.701);
    }

    [Fact]
    public void RunKey_DifferentReplicates_DifferentKeys() => Assert.NotEqual(Rng.RunKey(1, 0), Rng.RunKey(1, 1));
}
