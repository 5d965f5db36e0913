namespace Continuum.Core.Development;

/// <summary>
/// Whether and how much an employed emigrant remits. The probability of remitting fades with years abroad,
/// p(τ) = p₀·exp(−τ / T_ties) (ties fade); a remitter sends a share s of earnings, calibrated per corridor
/// [host × C + origin] by <see cref="RemittanceCalibration"/>. The expected amount sent in a year is
/// p(τ)·s·earnings; what arrives is that times (1 − corridor cost).
/// </summary>
public sealed class RemittanceBehaviour
{
    /// <summary>Creates the behaviour; shares start at zero until calibrated.</summary>
    /// <param name="countries">Countries C.</param>
    /// <param name="remitProbabilityAtArrival">p₀, fraction in (0, 1].</param>
    /// <param name="tieFadingYears">T_ties, years in (0, 200].</param>
    public RemittanceBehaviour(int countries, double remitProbabilityAtArrival, double tieFadingYears)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(countries, 1);
        Countries = countries;
        RemitProbabilityAtArrival = Require.InRange(remitProbabilityAtArrival, 1e-6, 1, "remit probability at arrival");
        TieFadingYears = Require.InRange(tieFadingYears, 0.1, 200, "tie fading years");
        Shares = new double[countries * countries];
    }

    /// <summary>Countries C.</summary>
    public int Countries { get; }

    /// <summary>p₀.</summary>
    public double RemitProbabilityAtArrival { get; }

    /// <summary>T_ties, years.</summary>
    public double TieFadingYears { get; }

    /// <summary>Share of a remitter's earnings sent, [host × C + origin], fraction (≤ 0.8 except out of the rest of the world).</summary>
    public double[] Shares { get; }

    /// <summary>p(τ): probability that an emigrant <paramref name="yearsAbroad"/> years abroad remits this year.</summary>
    public double RemitProbability(double yearsAbroad) =>
        RemitProbabilityAtArrival * Math.Exp(-Math.Max(0, yearsAbroad) / TieFadingYears);

    /// <summary>Expected amount sent this year by an employed emigrant earning <paramref name="earningsUsd"/>, US$.</summary>
    public double ExpectedSentUsd(int host, int origin, double yearsAbroad, double earningsUsd) =>
        RemitProbability(yearsAbroad) * Shares[(host * Countries) + origin] * earningsUsd;
}
