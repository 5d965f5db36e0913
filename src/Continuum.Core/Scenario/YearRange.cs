namespace Continuum.Core.Scenario;

/// <summary>Calendar years <paramref name="First"/> to <paramref name="Last"/>, both included.</summary>
/// <param name="First">First year.</param>
/// <param name="Last">Last year (≥ first when valid).</param>
public readonly record struct YearRange(int First, int Last)
{
    /// <summary>True when <paramref name="year"/> lies in the range.</summary>
    public bool Contains(int year) => year >= First && year <= Last;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"[{First}, {Last}]");
}
