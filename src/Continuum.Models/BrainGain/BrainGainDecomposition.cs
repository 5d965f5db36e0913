namespace Continuum.Models.BrainGain;

/// <summary>
/// The change in residents' average human capital between p = 0 and p, split sequentially into three parts
/// that add up exactly to the total (home efficiency units):
/// drain = h̄(p; schooling fixed, no return) − h̄(0);
/// incentive = h̄(p; schooling responds, no return) − h̄(p; schooling fixed, no return);
/// return = h̄(p; all channels) − h̄(p; schooling responds, no return).
/// </summary>
/// <param name="EmigrationProbability">p.</param>
/// <param name="ClosedHumanCapital">h̄(0), residents' average human capital with no emigration.</param>
/// <param name="HumanCapital">h̄(p) with all channels.</param>
/// <param name="Drain">The drain part (≤ 0 when emigrants are the most able).</param>
/// <param name="Incentive">The incentive ("brain gain") part.</param>
/// <param name="Return">The return ("brain return") part.</param>
public sealed record BrainGainDecomposition(
    double EmigrationProbability,
    double ClosedHumanCapital,
    double HumanCapital,
    double Drain,
    double Incentive,
    double Return)
{
    /// <summary>h̄(p) − h̄(0) = Drain + Incentive + Return.</summary>
    public double Total => HumanCapital - ClosedHumanCapital;

    /// <summary>Decomposes the change at <paramref name="p"/> for <paramref name="model"/>.</summary>
    public static BrainGainDecomposition At(TwoPeriodBrainGainModel model, double p)
    {
        ArgumentNullException.ThrowIfNull(model);
        var closed = model.Solve(0, TwoPeriodChannels.All).ResidentHumanCapital;
        if (p == 0)
        {
            // Exactly no change; solving the other channel settings at p = 0 would only add rounding noise.
            return new BrainGainDecomposition(0, closed, closed, 0, 0, 0);
        }

        var drainOnly = model.Solve(p, TwoPeriodChannels.DrainOnly).ResidentHumanCapital;
        var withIncentive = model.Solve(p, new TwoPeriodChannels(Incentive: true, Return: false)).ResidentHumanCapital;
        var full = model.Solve(p, TwoPeriodChannels.All).ResidentHumanCapital;
        // Adding +0.0 turns an exact −0 difference into 0 so that output never shows "-0".
        return new BrainGainDecomposition(p, closed, full, (drainOnly - closed) + 0.0, (withIncentive - drainOnly) + 0.0,
            (full - withIncentive) + 0.0);
    }
}
