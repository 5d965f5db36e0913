namespace Continuum.Models.HostEconomy;

/// <summary>Builds the reported indicators of base and scenario from the model's paths.</summary>
internal static class HostEconomyReport
{
    private const string Persons = "persons";
    private const string Millions = "million 2017 US$";

    public static List<HostEconomyIndicator> Indicators(HostEconomyParameters p, BaseEconomy b, ScenarioPaths s, ExtraLabourSeries extra)
    {
        var h = p.HorizonYears;
        var natural = 1 - (p.NaturalUnemploymentRatePercent / 100);
        double[] Make(Func<int, double> f) => Enumerable.Range(0, h).Select(f).ToArray();
        var popS = Make(t => b.Population[t] + extra.Population[t]);
        var labourB = Make(t => b.Employment[t] / natural);
        var labourS = Make(t => (b.Employment[t] + extra.Employment[t]) / natural);
        var investB = Make(t => p.InvestmentShare * b.Gdp[t]);
        var residentialB = Make(t => p.ResidentialCapitalShare * investB[t]);
        var revenueB = Make(t => p.RevenueShareOfGdp * b.Gdp[t]);
        var revenueS = Make(t => p.RevenueShareOfGdp * s.Gdp[t]);
        var spendB = Make(t => p.SpendingShareOfGdp * b.Gdp[t]);
        var spendS = Make(t => spendB[t] * (1 - p.SpendingShareScalingWithPopulation + (p.SpendingShareScalingWithPopulation * popS[t] / b.Population[t])));
        var balanceB = Make(t => revenueB[t] - spendB[t]);
        var balanceS = Make(t => revenueS[t] - spendS[t]);
        return
        [
            new("population", Persons, DifferenceKind.Percent, b.Population.ToArray(), popS),
            new("labour_force", Persons, DifferenceKind.Percent, labourB, labourS),
            new("employment", Persons, DifferenceKind.Percent, b.Employment.ToArray(), Make(t => labourS[t] * (1 - (s.Unemployment[t] / 100)))),
            new("unemployment_rate", "percent", DifferenceKind.Points, Make(_ => p.NaturalUnemploymentRatePercent), s.Unemployment.ToArray()),
            new("real_gdp", Millions, DifferenceKind.Percent, b.Gdp.ToArray(), s.Gdp.ToArray()),
            new("gdp_per_capita", "2017 US$", DifferenceKind.Percent, Make(t => b.Gdp[t] * 1e6 / b.Population[t]), Make(t => s.Gdp[t] * 1e6 / popS[t])),
            new("investment", Millions, DifferenceKind.Percent, investB, Make(t => investB[t] + s.ExtraBusinessInvestment[t] + s.ExtraResidentialInvestment[t])),
            new("residential_investment", Millions, DifferenceKind.Percent, residentialB, Make(t => residentialB[t] + s.ExtraResidentialInvestment[t])),
            new("government_revenue", Millions, DifferenceKind.Percent, revenueB, revenueS),
            new("government_spending", Millions, DifferenceKind.Percent, spendB, spendS),
            new("government_balance", Millions, DifferenceKind.Level, balanceB, balanceS),
            new("government_balance_pct_gdp", "percent of GDP", DifferenceKind.Points, Make(t => balanceB[t] / b.Gdp[t] * 100), Make(t => balanceS[t] / s.Gdp[t] * 100)),
        ];
    }
}
