namespace Continuum.Models.BrainGain;

/// <summary>
/// Parameters of the two-period model of schooling, emigration and return (after Mayr and Peri 2009).
/// Wages are w_j(S, ν) = W_j·ν·(1 + θ_j·S) per period for ability ν, schooling S ∈ {0, 1} and place j.
/// All money amounts are in the same wage units (home wage per efficiency unit W_H is the natural numeraire).
/// </summary>
/// <param name="AbilityMin">Lowest ability ν (efficiency units), ≥ 0.</param>
/// <param name="AbilityMax">Highest ability ν (efficiency units), above <paramref name="AbilityMin"/>; ν is uniform.</param>
/// <param name="HomeWage">W_H: home wage per efficiency unit per period, &gt; 0.</param>
/// <param name="ForeignWage">W_F: foreign wage per efficiency unit per period, &gt; 0.</param>
/// <param name="HomeSchoolingReturn">θ_H: proportional wage gain from schooling at home, ≥ 0.</param>
/// <param name="ForeignSchoolingReturn">θ_F: proportional wage gain from schooling abroad, ≥ 0.</param>
/// <param name="DiscountFactor">β: weight of period 2 relative to period 1, in (0, 1].</param>
/// <param name="SchoolingCost">c: cost of schooling (wage units), ≥ 0.</param>
/// <param name="HomePreference">λ: consumption abroad is worth 1/λ of consumption at home, ≥ 1.</param>
/// <param name="MigrationCost">C_m: one-off cost of moving abroad (wage units), ≥ 0.</param>
/// <param name="ReturnPremium">Γ: extra home wage per period of a returnee (wage units), ≥ 0.</param>
public sealed record TwoPeriodParameters(
    double AbilityMin,
    double AbilityMax,
    double HomeWage,
    double ForeignWage,
    double HomeSchoolingReturn,
    double ForeignSchoolingReturn,
    double DiscountFactor,
    double SchoolingCost,
    double HomePreference,
    double MigrationCost,
    double ReturnPremium)
{
    /// <summary>Throws an <see cref="InputException"/> naming the first parameter outside its allowed range.</summary>
    public TwoPeriodParameters Validate()
    {
        Require.AtLeast(AbilityMin, 0, "ability_min");
        Require.AtLeast(AbilityMax, AbilityMin + 1e-9, "ability_max");
        Require.Positive(HomeWage, "home_wage");
        BrainGainSpecs.ForeignWage.Check(ForeignWage);
        Require.AtLeast(HomeSchoolingReturn, 0, "home_schooling_return");
        Require.AtLeast(ForeignSchoolingReturn, 0, "foreign_schooling_return");
        Require.InRange(DiscountFactor, 1e-9, 1, "discount_factor");
        BrainGainSpecs.SchoolingCost.Check(SchoolingCost);
        BrainGainSpecs.HomePreference.Check(HomePreference);
        BrainGainSpecs.MigrationCost.Check(MigrationCost);
        BrainGainSpecs.ReturnPremium.Check(ReturnPremium);
        return this;
    }

    /// <summary>
    /// The documented example (<see cref="EasternEuropeExample()"/>) with the values a user may set replaced where given
    /// (null keeps the example's value); not validated here (the model validates).
    /// </summary>
    public static TwoPeriodParameters EasternEuropeExample(double? foreignWage, double? homePreference, double? returnPremium,
        double? migrationCost, double? schoolingCost)
    {
        var x = EasternEuropeExample();
        return x with
        {
            ForeignWage = foreignWage ?? x.ForeignWage,
            HomePreference = homePreference ?? x.HomePreference,
            ReturnPremium = returnPremium ?? x.ReturnPremium,
            MigrationCost = migrationCost ?? x.MigrationCost,
            SchoolingCost = schoolingCost ?? x.SchoolingCost,
        };
    }

    /// <summary>
    /// The documented example set (docs/models/brain-gain.md): W_F/W_H = 2.0 (GDP per person employed at PPP,
    /// Canada/Poland 2000, WDI SL.GDP.PCAP.EM.KD), closed-economy schooled share 12.77% (Barro–Lee v2.2,
    /// Poland 2000, ages 25+, any tertiary) fixing c; the other values are labelled assumptions in the docs.
    /// </summary>
    public static TwoPeriodParameters EasternEuropeExample()
    {
        const double thetaHome = 0.5;
        const double beta = 0.55;
        const double closedSchooledShare = 0.1277;
        var closedThreshold = 1 - closedSchooledShare;
        return new TwoPeriodParameters(
            AbilityMin: 0,
            AbilityMax: 1,
            HomeWage: 1,
            ForeignWage: 2.0,
            HomeSchoolingReturn: thetaHome,
            ForeignSchoolingReturn: 0.6,
            DiscountFactor: beta,
            SchoolingCost: closedThreshold * thetaHome * (1 + beta),
            HomePreference: 1.7,
            MigrationCost: 0.1,
            ReturnPremium: 0.3);
    }
}
