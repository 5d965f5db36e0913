namespace Continuum.Models.BrainGain;

/// <summary>
/// The user-settable parameters of the brain-gain models, declared once: the model and its grid of p, the BDR threshold
/// model's (<c>cost_min</c>, <c>cost_max</c>, <c>c0</c>, <c>delta</c>) and the overrides of the two-period model's documented
/// example (<see cref="TwoPeriodParameters.EasternEuropeExample()"/>), whose own checks name the same fields.
/// </summary>
public static class BrainGainSpecs
{
    /// <summary>Which model: the two-period model (with decomposition) or the BDR threshold model.</summary>
    public static readonly ParameterSpec Model = new("model", "", 0, 0, null,
        "two-period (Mayr–Peri style, with decomposition) or bdr (Beine–Docquier–Rapoport threshold model).") { Choices = ["two-period", "bdr"] };

    /// <summary>Steps of p between 0 and <c>p_max</c>.</summary>
    public static readonly ParameterSpec Steps = new("steps", "steps", 1, 1000, EmigrationGrid.DefaultSteps,
        "Number of steps of the emigration probability p between 0 and p_max.") { Whole = true };

    /// <summary>Largest emigration probability shown.</summary>
    public static readonly ParameterSpec PMax = new("p_max", "probability", 0, 1, EmigrationGrid.DefaultPMax,
        "Largest emigration probability shown.") { MinExclusive = true };

    /// <summary>BDR: lowest education cost.</summary>
    public static readonly ParameterSpec CostMin = new("cost_min", "wage units", double.NegativeInfinity, double.PositiveInfinity, 0,
        "bdr: lowest education cost.");

    /// <summary>BDR: highest education cost, above <c>cost_min</c>.</summary>
    public static readonly ParameterSpec CostMax = new("cost_max", "wage units", double.NegativeInfinity, double.PositiveInfinity, 1,
        "bdr: highest education cost, above cost_min.");

    /// <summary>BDR: closed-economy cost threshold, in [<c>cost_min</c>, <c>cost_max</c>].</summary>
    public static readonly ParameterSpec C0 = new("c0", "wage units", double.NegativeInfinity, double.PositiveInfinity, 0.3,
        "bdr: closed-economy cost threshold c0, between cost_min and cost_max.");

    /// <summary>BDR: expected skill premium abroad per unit of p.</summary>
    public static readonly ParameterSpec Delta = new("delta", "wage units per unit of p", 0, double.PositiveInfinity, 0.4,
        "bdr: Δ, expected skill premium abroad per unit of p.");

    /// <summary>Two-period: foreign wage per efficiency unit (home = 1).</summary>
    public static readonly ParameterSpec ForeignWage = new("foreign_wage", "home wage = 1", 0, double.PositiveInfinity, 2.0,
        "two-period: foreign wage per efficiency unit, home = 1.") { MinExclusive = true };

    /// <summary>Two-period: home preference λ.</summary>
    public static readonly ParameterSpec HomePreference = new("home_preference", "ratio", 1, double.PositiveInfinity, 1.7,
        "two-period: home preference λ (consumption abroad is worth 1/λ of consumption at home).");

    /// <summary>Two-period: a returnee's extra home wage per period.</summary>
    public static readonly ParameterSpec ReturnPremium = new("return_premium", "wage units", 0, double.PositiveInfinity, 0.3,
        "two-period: a returnee's extra home wage per period Γ.");

    /// <summary>Two-period: one-off migration cost.</summary>
    public static readonly ParameterSpec MigrationCost = new("migration_cost", "wage units", 0, double.PositiveInfinity, 0.1,
        "two-period: one-off cost of moving abroad.");

    /// <summary>Two-period: schooling cost (default fixes a closed-economy schooled share of 12.77%).</summary>
    public static readonly ParameterSpec SchoolingCost = new("schooling_cost", "wage units", 0, double.PositiveInfinity, null,
        "two-period: cost of schooling.") { DefaultText = "0.676 (a closed-economy schooled share of 12.77%)" };

    /// <summary>Every parameter, in the order the command lists them.</summary>
    public static readonly IReadOnlyList<ParameterSpec> All =
        [Model, Steps, PMax, CostMin, CostMax, C0, Delta, ForeignWage, HomePreference, ReturnPremium, MigrationCost, SchoolingCost];
}
