using System.Globalization;

namespace Continuum.Core.Development;

/// <summary>One corridor's calibration or check: target and model values, US$ millions.</summary>
/// <param name="Host">Sending (host) country index.</param>
/// <param name="Origin">Receiving (origin) country index.</param>
/// <param name="TargetUsdMillions">Received remittances in the bilateral matrix.</param>
/// <param name="ModelUsdMillions">Received remittances in the model.</param>
/// <param name="Share">Calibrated share of a remitter's earnings sent (NaN in a check).</param>
/// <param name="WithinTolerance">True when the model is within tolerance of the target (or the share was not capped).</param>
/// <param name="StandardErrorUsdMillions">Sampling standard error of the simulated amount from the employment draws (0 when unknown).</param>
public sealed record CorridorFit(int Host, int Origin, double TargetUsdMillions, double ModelUsdMillions, double Share, bool WithinTolerance,
    double StandardErrorUsdMillions = 0)
{
    /// <summary>Model ÷ target − 1 (0 when both are 0).</summary>
    public double RelativeError => TargetUsdMillions == 0 ? (ModelUsdMillions == 0 ? 0 : double.PositiveInfinity) : (ModelUsdMillions / TargetUsdMillions) - 1;
}

/// <summary>
/// Calibrates the remitted share of earnings per corridor so that expected remittances received equal the
/// World Bank/KNOMAD 2017 bilateral matrix (scaled to the base year by the loader), and checks simulated
/// corridor totals against it. Share = target ÷ ((1 − data cost) · Σ w·p(τ)·earnings), capped at
/// <see cref="MaxShare"/>; a capped corridor cannot reach its target and is reported as not fitting. Corridors
/// out of the rest of the world are not capped: that region's mean earnings mix every host (India's and the
/// Philippines' emigrants there work mostly in the high-wage Gulf), so its "share" is only a scale factor.
/// Tolerance of the check: a simulated corridor passes when |model − target| ≤ max(5 % of target, 4 standard
/// errors of its employment draws); with 4 standard errors a well-calibrated corridor fails by chance with
/// probability 6e-5. Corridors under US$100 million are reported but not held to it.
/// </summary>
public static class RemittanceCalibration
{
    /// <summary>Largest share of earnings a remitter may send.</summary>
    public const double MaxShare = 0.8;

    /// <summary>Default tolerance of the base-year check: ±5 % per corridor with a target of at least US$100 million.</summary>
    public const double DefaultTolerance = 0.05;

    /// <summary>Corridors smaller than this (US$ millions) are reported but not held to the tolerance.</summary>
    public const double MinimumCheckedUsdMillions = 100;

    /// <summary>Sets <paramref name="behaviour"/>'s shares; returns one fit per corridor with a positive target.</summary>
    /// <param name="behaviour">Shares are written here.</param>
    /// <param name="targetReceivedUsdMillions">[host × C + origin], received, US$ millions.</param>
    /// <param name="expectedBaseUsd">[host × C + origin]: Σ weight·p(τ)·earnings over employed emigrants, US$ (share 1, no cost).</param>
    /// <param name="costs">Corridor costs; the data cost is used.</param>
    /// <param name="baseVarianceUsd2">Optional [host × C + origin] sampling variance of the base sum, US$² (share 1, no cost).</param>
    /// <param name="uncappedHost">Index of a host whose shares are not capped (the rest of the world), or −1.</param>
    public static IReadOnlyList<CorridorFit> Calibrate(RemittanceBehaviour behaviour, double[] targetReceivedUsdMillions, double[] expectedBaseUsd, CorridorCosts costs,
        double[]? baseVarianceUsd2 = null, int uncappedHost = -1)
    {
        ArgumentNullException.ThrowIfNull(behaviour);
        ArgumentNullException.ThrowIfNull(targetReceivedUsdMillions);
        ArgumentNullException.ThrowIfNull(expectedBaseUsd);
        ArgumentNullException.ThrowIfNull(costs);
        var c = behaviour.Countries;
        var fits = new List<CorridorFit>();
        for (var h = 0; h < c; h++)
        {
            for (var o = 0; o < c; o++)
            {
                var k = (h * c) + o;
                var target = h == o ? 0 : Require.NonNegative(targetReceivedUsdMillions[k], "remittance target");
                var net = (1 - costs.DataCost(h, o)) * expectedBaseUsd[k] / 1e6;
                var cap = h == uncappedHost ? double.MaxValue : MaxShare;
                var share = net > 0 ? Math.Min(cap, target / net) : 0;
                behaviour.Shares[k] = share;
                if (target > 0)
                {
                    var se = baseVarianceUsd2 is null ? 0 : share * (1 - costs.DataCost(h, o)) * Math.Sqrt(baseVarianceUsd2[k]) / 1e6;
                    fits.Add(new CorridorFit(h, o, target, share * net, share, net > 0 && target / net <= cap, se));
                }
            }
        }

        return fits;
    }

    /// <summary>Compares simulated received remittances with the targets; corridors below the minimum always pass.</summary>
    /// <param name="targetReceivedUsdMillions">[host × C + origin] targets.</param>
    /// <param name="simulatedReceivedUsdMillions">[host × C + origin] simulated.</param>
    /// <param name="countries">C.</param>
    /// <param name="standardErrorUsdMillions">Optional [host × C + origin] sampling standard errors (from the calibration).</param>
    /// <param name="tolerance">Relative tolerance (default 5 %).</param>
    public static IReadOnlyList<CorridorFit> Check(double[] targetReceivedUsdMillions, double[] simulatedReceivedUsdMillions, int countries,
        double[]? standardErrorUsdMillions = null, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(targetReceivedUsdMillions);
        ArgumentNullException.ThrowIfNull(simulatedReceivedUsdMillions);
        Require.InRange(tolerance, 0, 10, "tolerance");
        var fits = new List<CorridorFit>();
        for (var h = 0; h < countries; h++)
        {
            for (var o = 0; o < countries; o++)
            {
                var k = (h * countries) + o;
                var target = targetReceivedUsdMillions[k];
                if (h == o || target <= 0)
                {
                    continue;
                }

                var model = simulatedReceivedUsdMillions[k];
                var se = standardErrorUsdMillions?[k] ?? 0;
                var ok = target < MinimumCheckedUsdMillions || Math.Abs(model - target) <= Math.Max(tolerance * target, 4 * se);
                fits.Add(new CorridorFit(h, o, target, model, double.NaN, ok, se));
            }
        }

        return fits;
    }

    /// <summary>A one-line description of a fit, for reports.</summary>
    public static string Describe(CorridorFit fit, IReadOnlyList<string> countries)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(countries);
        return string.Create(CultureInfo.InvariantCulture,
            $"{countries[fit.Host]}→{countries[fit.Origin]}: target {fit.TargetUsdMillions:0.0}, model {fit.ModelUsdMillions:0.0} US$ m ({fit.RelativeError * 100:+0.0;-0.0}%)");
    }
}
