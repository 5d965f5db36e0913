using Continuum.Models.Returns;

namespace Continuum.Cli.Commands.AnalyticModels;

/// <summary>The long-format result of the returns model: columns <c>measure,party,value,unit</c>.</summary>
public static class ReturnsTable
{
    private const string Usd = "US$ present value";

    /// <summary>Place premiums, NPV components by party, NPVs, where they diverge and the break-even remittance share.</summary>
    public static ResultTable Build(MigrationReturnsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var x = model.Parameters;
        var a = model.Expected();
        var table = new ResultTable("measure", "party", "value", "unit") { Title = "Private and social returns to one emigrant's career" };
        table.Add("place_premium_nominal", "private", PlacePremium.Nominal(x.DestinationWageUsdPerYear, x.OriginWageUsdPerYear), "ratio");
        table.Add("place_premium_ppp", "private", PlacePremium.AtPurchasingPowerParity(
            x.DestinationWageUsdPerYear, x.OriginWageUsdPerYear, x.DestinationPriceLevel, x.OriginPriceLevel), "ratio");
        table.Add("earnings_gain", "private", a.EarningsGain, Usd);
        table.Add("return_premium", "private", a.ReturnPremiumPrivate, Usd);
        table.Add("migration_cost", "private", a.MigrationCost, Usd);
        table.Add("remittance_fees", "private", a.RemittanceFees, Usd);
        table.Add("remittances_received", "origin_social", a.RemittancesReceived, Usd);
        table.Add("lost_tax", "origin_social", a.LostOriginTax, Usd);
        table.Add("vacancy_cost", "origin_social", a.VacancyCost, Usd);
        table.Add("training_cost_lost", "origin_social", a.TrainingCostLost, Usd);
        table.Add("return_tax", "origin_social", a.ReturnTax, Usd);
        table.Add("host_tax", "host_social", a.HostTax, Usd);
        table.Add("host_surplus", "host_social", a.HostSurplus, Usd);
        table.Add("host_training_saved", "host_social", a.HostTrainingSaved, Usd);
        table.Add("npv", "private", a.PrivateNpv, Usd);
        table.Add("npv", "origin_social", a.OriginSocialNpv, Usd);
        table.Add("npv", "host_social", a.HostSocialNpv, Usd);
        table.Add("diverges_from_private", "origin_social", Diverges(a.PrivateNpv, a.OriginSocialNpv), "1 = opposite sign");
        table.Add("diverges_from_private", "host_social", Diverges(a.PrivateNpv, a.HostSocialNpv), "1 = opposite sign");
        table.Add("break_even_remittance_share", "origin_social", model.BreakEvenRemittanceShare() ?? double.NaN,
            "share of net earnings (empty: none in [0, 1])");
        return table;
    }

    private static double Diverges(double first, double second) => Math.Sign(first) * Math.Sign(second) < 0 ? 1 : 0;
}
