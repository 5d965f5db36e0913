using Continuum.Data.Demography;

namespace Continuum.Cli.Tests.Projection;

/// <summary>The shipped WPP extracts, read once per test class.</summary>
public sealed class WppFixture
{
    public WppDemography Wpp { get; } = WppDemography.LoadShipped();
}
