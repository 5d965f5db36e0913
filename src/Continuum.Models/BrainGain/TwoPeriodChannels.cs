namespace Continuum.Models.BrainGain;

/// <summary>Which channels of the two-period model are active; the drain channel (emigration itself) always is.</summary>
/// <param name="Incentive">Schooling responds to the prospect of emigration (the "brain gain" channel).</param>
/// <param name="Return">Emigrants may come back after period 1 with the return premium (the "brain return" channel).</param>
public readonly record struct TwoPeriodChannels(bool Incentive, bool Return)
{
    /// <summary>All channels on: the full model.</summary>
    public static TwoPeriodChannels All => new(true, true);

    /// <summary>Drain only: schooling fixed at its closed-economy threshold, no return.</summary>
    public static TwoPeriodChannels DrainOnly => new(false, false);
}
