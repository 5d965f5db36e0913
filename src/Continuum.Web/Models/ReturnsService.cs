using System.Globalization;
using System.Text.Json;
using Continuum.Data.IO;
using Continuum.Data.Parameters;
using Continuum.Models.Returns;
using Continuum.Web.Api;
using Continuum.Web.Storage;

namespace Continuum.Web.Models;

/// <summary>
/// Private and social returns to migration (docs/models/returns.md) for the web, composed as
/// <c>continuum model returns</c> composes them: the shipped parameter file <c>caribbean-nurse.csv</c>, with any
/// parameter overridden from the query and checked by <see cref="MigrationReturnsParameters.Validate"/>.
/// </summary>
public sealed class ReturnsService(ResponseCache cache)
{
    private const string Usd = "US$ present value";

    private readonly Lazy<(MigrationReturnsParameters Values, IReadOnlyList<ReturnsParameter> Table)> _shipped = new(ReadShipped);

    /// <summary>The table's columns: those of <c>continuum model returns --format csv</c>.</summary>
    public static readonly IReadOnlyList<string> Columns = ["measure", "party", "value", "unit"];

    /// <summary>The shipped example's parameters with unit and source, as JSON.</summary>
    public byte[] ParametersJson() => cache.GetOrAdd("returns-parameters", () => ApiResults.ToJson(_shipped.Value.Table));

    /// <summary>Runs the model (answers are cached) and returns JSON; bad values are <see cref="InputException"/>s naming the parameter.</summary>
    public byte[] RunJson(SpecValues query)
    {
        var x = Parameters(query);
        return cache.GetOrAdd("returns|" + JsonSerializer.Serialize(x), () => ApiResults.ToJson(Run(new MigrationReturnsModel(x))));
    }

    /// <summary>The result table as CSV (the columns of <c>continuum model returns --format csv</c>), cached.</summary>
    public byte[] RunCsv(SpecValues query)
    {
        var x = Parameters(query);
        return cache.GetOrAdd("returns-csv|" + JsonSerializer.Serialize(x), () => Run(new MigrationReturnsModel(x)).Table.ToCsv());
    }

    /// <summary>The shipped example with every parameter given in <paramref name="query"/> replaced, validated.</summary>
    private MigrationReturnsParameters Parameters(SpecValues query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var x = _shipped.Value.Values;
        var s = MigrationReturnsSpecs.All;
        int? Whole(int i) => query.Whole(s[i]);
        double? Number(int i) => query.Number(s[i]);
        return new MigrationReturnsParameters(Whole(0) ?? x.CareerYears, Number(1) ?? x.DiscountRatePerYear, Number(2) ?? x.OriginWageUsdPerYear,
            Number(3) ?? x.DestinationWageUsdPerYear, Number(4) ?? x.OriginTaxRate, Number(5) ?? x.DestinationTaxRate, Number(6) ?? x.OriginPriceLevel,
            Number(7) ?? x.DestinationPriceLevel, Number(8) ?? x.MigrationCostUsd, Number(9) ?? x.RemittanceShare, Number(10) ?? x.RemittanceCostShare,
            Number(11) ?? x.PublicTrainingCostUsd, Number(12) ?? x.VacancyCostUsdPerYear, Whole(13) ?? x.VacancyYears, Number(14) ?? x.ReturnProbability,
            Whole(15) ?? x.YearsAbroadIfReturning, Number(16) ?? x.ReturnWagePremium, Number(17) ?? x.HostSurplusShare,
            Number(18) ?? x.HostTrainingCostSavedUsd).Validate();
    }

    /// <summary>The model's answer: place premiums, the accounts by party, and the NPVs against q and the remittance share.</summary>
    public static ModelResult Run(MigrationReturnsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var x = model.Parameters;
        var a = model.Expected();
        var nominal = PlacePremium.Nominal(x.DestinationWageUsdPerYear, x.OriginWageUsdPerYear);
        var ppp = PlacePremium.AtPurchasingPowerParity(x.DestinationWageUsdPerYear, x.OriginWageUsdPerYear, x.DestinationPriceLevel, x.OriginPriceLevel);
        var breakEven = model.BreakEvenRemittanceShare();
        ModelValue[] summary =
        [
            new("npv_private", "private NPV (migrant and household)", a.PrivateNpv, Usd),
            new("npv_origin_social", "origin-social NPV", a.OriginSocialNpv, Usd),
            new("npv_host_social", "host-social NPV", a.HostSocialNpv, Usd),
            new("place_premium_nominal", "place premium, nominal", nominal, "ratio"),
            new("place_premium_ppp", "place premium at PPP", ppp, "ratio"),
            new("break_even_remittance_share", "remittance share at which the origin-social NPV is 0", ModelCell.Number(breakEven), "share of net earnings"),
        ];
        var table = new ModelTable(Columns, Rows(a, nominal, ppp, breakEven));
        return new ModelResult("returns", "Private and social returns to one emigrant's career", summary, table, Charts(model));
    }

    private static List<IReadOnlyList<object?>> Rows(ReturnsAccount a, double nominal, double ppp, double? breakEven) =>
    [
        ["place_premium_nominal", "private", nominal, "ratio"],
        ["place_premium_ppp", "private", ppp, "ratio"],
        ["earnings_gain", "private", a.EarningsGain, Usd],
        ["return_premium", "private", a.ReturnPremiumPrivate, Usd],
        ["migration_cost", "private", a.MigrationCost, Usd],
        ["remittance_fees", "private", a.RemittanceFees, Usd],
        ["remittances_received", "origin_social", a.RemittancesReceived, Usd],
        ["lost_tax", "origin_social", a.LostOriginTax, Usd],
        ["vacancy_cost", "origin_social", a.VacancyCost, Usd],
        ["training_cost_lost", "origin_social", a.TrainingCostLost, Usd],
        ["return_tax", "origin_social", a.ReturnTax, Usd],
        ["host_tax", "host_social", a.HostTax, Usd],
        ["host_surplus", "host_social", a.HostSurplus, Usd],
        ["host_training_saved", "host_social", a.HostTrainingSaved, Usd],
        ["npv", "private", a.PrivateNpv, Usd],
        ["npv", "origin_social", a.OriginSocialNpv, Usd],
        ["npv", "host_social", a.HostSocialNpv, Usd],
        ["diverges_from_private", "origin_social", Diverges(a.PrivateNpv, a.OriginSocialNpv), "1 = opposite sign"],
        ["diverges_from_private", "host_social", Diverges(a.PrivateNpv, a.HostSocialNpv), "1 = opposite sign"],
        ["break_even_remittance_share", "origin_social", ModelCell.Number(breakEven), "share of net earnings (empty: none in [0, 1])"],
    ];

    private static ModelChart[] Charts(MigrationReturnsModel model)
    {
        var grid = Enumerable.Range(0, 21).Select(i => i / 20.0).ToArray();
        var byReturn = grid.Select(model.Expected).ToArray();
        var byShare = grid.Select(s => new MigrationReturnsModel(model.Parameters with { RemittanceShare = s }).Expected()).ToArray();
        return
        [
            new("by-return-probability", "NPV of one emigrant's career by return probability", "return probability", "net present value (US$)", Npvs(grid, byReturn)),
            new("by-remittance-share", "NPV by the share of net earnings remitted", "remittance share", "net present value (US$)", Npvs(grid, byShare)),
        ];
    }

    private static ModelLine[] Npvs(double[] grid, ReturnsAccount[] accounts) =>
    [
        ModelLine.Of("private", grid, accounts.Select(a => a.PrivateNpv)),
        ModelLine.Of("origin-social", grid, accounts.Select(a => a.OriginSocialNpv)),
        ModelLine.Of("host-social", grid, accounts.Select(a => a.HostSocialNpv)),
    ];

    private static double Diverges(double first, double second) => Math.Sign(first) * Math.Sign(second) < 0 ? 1 : 0;

    private static (MigrationReturnsParameters, IReadOnlyList<ReturnsParameter>) ReadShipped()
    {
        var path = DataPaths.Shipped("parameters", "caribbean-nurse.csv");
        var values = MigrationReturnsParameterFile.From(ParameterFile.Read(path));
        var table = CsvFile.Read(path).Records.Select(r => new ReturnsParameter(r.Text("parameter"),
            double.Parse(r.Text("value"), NumberStyles.Float, CultureInfo.InvariantCulture), r.Text("unit"), r.Text("source"))).ToList();
        return (values, table);
    }
}
