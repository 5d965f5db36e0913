using FsCheck.Xunit;

namespace Continuum.Core.Tests;

public sealed class RngTests
{
    [Property]
    public bool Mix_DistinctInputs_DistinctOutputs(ulong a, ulong b) => a == b || Continuum.Core.Rng.Mix(a) != Continuum.Core.Rng.Mix(b);

    [Fact]
    public void Mix_Zero_KnownSplitMix64Value() => Assert.Equal(0xE220A8397B1DCDAFUL, Continuum.Core.Rng.Mix(0));
}
