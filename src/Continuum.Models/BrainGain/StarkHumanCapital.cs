namespace Continuum.Models.BrainGain;

/// <summary>
/// Stark's (2004) "brain gain" in closed form: a worker chooses human capital θ to maximise net earnings
/// W(θ) = a·ln(θ + 1) − kθ, where a is the return to skill (α at home, β &gt; α abroad) and k the unit cost of θ.
/// With probability p of working abroad the expected return is (1 − p)α + pβ, so the optimum rises with p.
/// The specification is RECALLED in research note models.md §2.6 (verify against ZEF DP 71 before citing numbers).
/// </summary>
public static class StarkHumanCapital
{
    /// <summary>θ* = α/k − 1: optimal human capital with no migration (units of θ); needs α ≥ k for θ* ≥ 0.</summary>
    public static double Closed(double homeReturn, double unitCost) =>
        (Require.AtLeast(homeReturn, 0, "alpha") / CheckCost(unitCost)) - 1;

    /// <summary>θ** = [(1 − p)α + pβ]/k − 1: optimal human capital when the worker may work abroad with probability p.</summary>
    public static double WithMigration(double homeReturn, double foreignReturn, double unitCost, double p) =>
        ((((1 - Require.Probability(p, "p")) * Require.AtLeast(homeReturn, 0, "alpha"))
          + (p * Require.AtLeast(foreignReturn, 0, "beta"))) / CheckCost(unitCost)) - 1;

    private static double CheckCost(double unitCost) => Require.Positive(unitCost, "k");
}
