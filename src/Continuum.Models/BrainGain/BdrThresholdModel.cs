using System.Globalization;

namespace Continuum.Models.BrainGain;

/// <summary>
/// The Beine–Docquier–Rapoport threshold model of a beneficial brain drain. Education costs are uniform on
/// [<see cref="CostMin"/>, <see cref="CostMax"/>]; an agent educates when its cost is below the threshold
/// c*(p) = c0 + p·Δ, so the ex-ante skilled share is P(p) = F(c*(p)); only the skilled emigrate, with
/// probability p, so the ex-post skilled share of residents is H(p) = (1−p)P / (1−pP).
/// All costs and Δ are in the same wage units (e.g. one home unskilled wage); shares are fractions in [0, 1].
/// </summary>
public sealed class BdrThresholdModel
{
    /// <summary>Creates a model; every argument is checked and an error names the offending parameter.</summary>
    /// <param name="costMin">Lowest education cost (wage units).</param>
    /// <param name="costMax">Highest education cost (wage units), above <paramref name="costMin"/>.</param>
    /// <param name="closedThreshold">c0, the cost threshold with no emigration, in [costMin, costMax].</param>
    /// <param name="skillPremium">Δ, the rise in the threshold per unit of p (expected foreign minus home skilled wage), ≥ 0.</param>
    public BdrThresholdModel(double costMin, double costMax, double closedThreshold, double skillPremium)
    {
        if (!double.IsFinite(costMin) || !double.IsFinite(costMax) || costMax <= costMin)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{costMax} must be a finite number above cost_min ({costMin})"), field: "cost_max");
        }

        CostMin = costMin;
        CostMax = costMax;
        ClosedThreshold = Require.InRange(closedThreshold, costMin, costMax, "c0");
        SkillPremium = BrainGainSpecs.Delta.Check(skillPremium);
    }

    /// <summary>Lowest education cost (wage units).</summary>
    public double CostMin { get; }

    /// <summary>Highest education cost (wage units).</summary>
    public double CostMax { get; }

    /// <summary>c0: cost threshold of the closed economy (wage units).</summary>
    public double ClosedThreshold { get; }

    /// <summary>Δ: threshold shift per unit of emigration probability (wage units).</summary>
    public double SkillPremium { get; }

    /// <summary>f(c), the uniform cost density (per wage unit); 0 outside the support.</summary>
    public double Density(double cost) => cost < CostMin || cost > CostMax ? 0 : 1 / (CostMax - CostMin);

    /// <summary>F(c), the share of agents with education cost at most <paramref name="cost"/>, in [0, 1].</summary>
    public double Cdf(double cost) => Math.Clamp((cost - CostMin) / (CostMax - CostMin), 0, 1);

    /// <summary>The cost threshold c*(p) = c0 + pΔ (wage units).</summary>
    public double Threshold(double p) => ClosedThreshold + (CheckP(p) * SkillPremium);

    /// <summary>P(p): ex-ante (gross) skilled share of natives, in [0, 1].</summary>
    public double ExAnteSkilledShare(double p) => Cdf(Threshold(p));

    /// <summary>H(p) = (1−p)P/(1−pP): ex-post skilled share of residents, in [0, 1]. At p = P = 1 the limit 1 is returned.</summary>
    public double ResidentSkilledShare(double p)
    {
        var share = ExAnteSkilledShare(p);
        var denominator = 1 - (p * share);
        return denominator <= 0 ? 1 : (1 - p) * share / denominator;
    }

    /// <summary>
    /// dH/dp = [(1−p)·f(c*)·Δ − P(1−P)] / (1−pP)², the closed form derived from H(p) (per unit of p).
    /// At the kinks of the uniform distribution (c* = cost_min or cost_max) the density inside the support is used.
    /// </summary>
    public double ResidentSkilledShareSlope(double p)
    {
        var share = ExAnteSkilledShare(p);
        var denominator = 1 - (p * share);
        var density = Density(Threshold(p));
        return (((1 - p) * density * SkillPremium) - (share * (1 - share))) / (denominator * denominator);
    }

    /// <summary>The beneficial-brain-drain condition dH/dp at p = 0: f(c0)·Δ − P0(1−P0); positive means a brain gain.</summary>
    public double BeneficialBrainDrainMargin()
    {
        var share = Cdf(ClosedThreshold);
        return (Density(ClosedThreshold) * SkillPremium) - (share * (1 - share));
    }

    private static double CheckP(double p) => Require.Probability(p, "p");
}
