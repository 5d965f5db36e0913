namespace Continuum.Core.Development;

/// <summary>
/// One worker's development sums for one year, in fixed point so that totals are exact integers and do not
/// depend on thread count or summation order: money in US$ × weight units, effective labour in
/// 1/<see cref="FactorUnits"/> factor × weight units. Divide by the weight units per person to get persons.
/// </summary>
public sealed class DevelopmentSums
{
    /// <summary>Fixed-point units per unit of earnings factor.</summary>
    public const double FactorUnits = 4096;

    /// <summary>Allocates sums for <paramref name="countries"/> countries.</summary>
    public DevelopmentSums(int countries)
    {
        Countries = countries;
        EarningsUsd = new long[countries];
        EffectiveLabour = new long[countries];
        Underemployed = new long[countries];
        TertiaryImmigrantsEmployed = new long[countries];
        RemittancesSentUsd = new long[countries * countries];
        RemittancesReceivedUsd = new long[countries * countries];
    }

    /// <summary>Countries C.</summary>
    public int Countries { get; }

    /// <summary>Labour earnings of employed residents by residence.</summary>
    public long[] EarningsUsd { get; }

    /// <summary>Σ weight × earnings factor × <see cref="FactorUnits"/> over employed residents.</summary>
    public long[] EffectiveLabour { get; }

    /// <summary>Employed tertiary immigrants working below skill level, by residence (weight units).</summary>
    public long[] Underemployed { get; }

    /// <summary>Employed tertiary immigrants, by residence (weight units).</summary>
    public long[] TertiaryImmigrantsEmployed { get; }

    /// <summary>Remittances sent, [host × C + origin].</summary>
    public long[] RemittancesSentUsd { get; }

    /// <summary>Remittances received (net of the corridor cost), [host × C + origin].</summary>
    public long[] RemittancesReceivedUsd { get; }

    /// <summary>Zeroes every sum.</summary>
    public void Clear()
    {
        Array.Clear(EarningsUsd);
        Array.Clear(EffectiveLabour);
        Array.Clear(Underemployed);
        Array.Clear(TertiaryImmigrantsEmployed);
        Array.Clear(RemittancesSentUsd);
        Array.Clear(RemittancesReceivedUsd);
    }

    /// <summary>Adds <paramref name="other"/> into this.</summary>
    public void Add(DevelopmentSums other)
    {
        ArgumentNullException.ThrowIfNull(other);
        AddInto(EarningsUsd, other.EarningsUsd);
        AddInto(EffectiveLabour, other.EffectiveLabour);
        AddInto(Underemployed, other.Underemployed);
        AddInto(TertiaryImmigrantsEmployed, other.TertiaryImmigrantsEmployed);
        AddInto(RemittancesSentUsd, other.RemittancesSentUsd);
        AddInto(RemittancesReceivedUsd, other.RemittancesReceivedUsd);
    }

    private static void AddInto(long[] target, long[] source)
    {
        for (var k = 0; k < target.Length; k++)
        {
            target[k] += source[k];
        }
    }
}
