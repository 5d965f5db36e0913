using System.Globalization;
using Continuum.Models.BrainGain;
using Continuum.Web.Api;
using Continuum.Web.Storage;

namespace Continuum.Web.Models;

/// <summary>
/// The brain-gain models (docs/models/brain-gain.md) for the web, composed as <c>continuum model brain-gain</c>
/// composes them: the BDR threshold model or the two-period model on a grid of p from 0 to <c>p_max</c>.
/// Parameters have the command's names (snake case), defaults and ranges; the models' own checks name them.
/// </summary>
public sealed class BrainGainService(ResponseCache cache)
{
    /// <summary>Columns of the BDR table (as the command's CSV).</summary>
    public static readonly IReadOnlyList<string> BdrColumns = ["p", "ex_ante_skilled_share", "resident_skilled_share", "dH_dp"];

    /// <summary>Columns of the two-period table (as the command's CSV).</summary>
    public static readonly IReadOnlyList<string> TwoPeriodColumns = ["p", "schooling_threshold", "schooled_share", "resident_human_capital",
        "resident_schooled_share", "returnee_share", "permanent_emigrant_share", "change", "drain", "incentive", "return"];

    /// <summary>Runs the chosen model (answers are cached) and returns JSON; bad settings are <see cref="InputException"/>s naming them.</summary>
    public byte[] RunJson(SpecValues query)
    {
        var (key, run) = Prepare(query);
        return cache.GetOrAdd(key, () => ApiResults.ToJson(run()));
    }

    /// <summary>The chosen model's table as CSV (the columns of <c>continuum model brain-gain --format csv</c>), cached.</summary>
    public byte[] RunCsv(SpecValues query)
    {
        var (key, run) = Prepare(query);
        return cache.GetOrAdd(key + "|csv", () => run().Table.ToCsv());
    }

    /// <summary>The cache key of the query's model and the computation of its answer.</summary>
    private static (string Key, Func<ModelResult> Run) Prepare(SpecValues query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var model = query.Choice(BrainGainSpecs.Model) ?? BrainGainSpecs.Model.Choices[0];
        var steps = query.Whole(BrainGainSpecs.Steps) ?? EmigrationGrid.DefaultSteps;
        var pMax = query.Number(BrainGainSpecs.PMax) ?? EmigrationGrid.DefaultPMax;
        var grid = EmigrationGrid.Of(steps, pMax);
        if (model == "bdr")
        {
            var bdr = new BdrThresholdModel(Or(query, BrainGainSpecs.CostMin), Or(query, BrainGainSpecs.CostMax), Or(query, BrainGainSpecs.C0), Or(query, BrainGainSpecs.Delta));
            return (Key("bdr", steps, pMax, bdr.CostMin, bdr.CostMax, bdr.ClosedThreshold, bdr.SkillPremium), () => Bdr(bdr, grid));
        }

        var x = TwoPeriodParameters.EasternEuropeExample(query.Number(BrainGainSpecs.ForeignWage), query.Number(BrainGainSpecs.HomePreference),
            query.Number(BrainGainSpecs.ReturnPremium), query.Number(BrainGainSpecs.MigrationCost), query.Number(BrainGainSpecs.SchoolingCost));
        var twoPeriod = new TwoPeriodBrainGainModel(x);
        return (Key("two-period", steps, pMax, x.ForeignWage, x.HomePreference, x.ReturnPremium, x.MigrationCost, x.SchoolingCost), () => TwoPeriod(twoPeriod, grid));
    }

    private static double Or(SpecValues query, ParameterSpec spec) => query.Number(spec) ?? spec.Default!.Value;

    /// <summary>The BDR model on <paramref name="grid"/>.</summary>
    public static ModelResult Bdr(BdrThresholdModel model, double[] grid)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(grid);
        var rows = grid.Select(p => (IReadOnlyList<object?>)[p, model.ExAnteSkilledShare(p), model.ResidentSkilledShare(p),
            ModelCell.Number(model.ResidentSkilledShareSlope(p))]).ToList();
        var peak = grid.MaxBy(model.ResidentSkilledShare);
        ModelValue[] summary =
        [
            new("bbd_margin", "dH/dp at p = 0 = f(c0)·Δ − P0(1 − P0) (beneficial brain drain when > 0)", model.BeneficialBrainDrainMargin(), "share per unit of p"),
            new("h_max", "highest resident skilled share H(p) on the grid", model.ResidentSkilledShare(peak), "share"),
            new("p_at_h_max", "p at that maximum", peak, "probability"),
        ];
        ModelChart[] charts =
        [
            new("shares", "BDR threshold model: skilled shares", "emigration probability p", "share",
            [
                ModelLine.Of("P(p) ex-ante skilled share", grid, grid.Select(model.ExAnteSkilledShare)),
                ModelLine.Of("H(p) resident skilled share", grid, grid.Select(model.ResidentSkilledShare)),
            ]),
            new("slope", "Slope of the resident skilled share", "emigration probability p", "dH/dp",
                [ModelLine.Of("dH/dp", grid, grid.Select(model.ResidentSkilledShareSlope))]),
        ];
        return new ModelResult("brain-gain", "BDR threshold model (Beine–Docquier–Rapoport)", summary, new ModelTable(BdrColumns, rows), charts);
    }

    /// <summary>The two-period model on <paramref name="grid"/>, with the decomposition of the change at each p.</summary>
    public static ModelResult TwoPeriod(TwoPeriodBrainGainModel model, double[] grid)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(grid);
        var points = TwoPeriodGridPoint.Over(model, grid);
        var outcomes = points.Select(x => x.Outcome).ToArray();
        var parts = points.Select(x => x.Decomposition).ToArray();
        var rows = points.Select(x => (IReadOnlyList<object?>)[x.EmigrationProbability, x.Outcome.SchoolingThreshold, x.Outcome.SchooledShare,
            x.Outcome.ResidentHumanCapital, x.Outcome.ResidentSchooledShare, x.Outcome.ReturneeShare, x.Outcome.PermanentEmigrantShare,
            x.Decomposition.Total, x.Decomposition.Drain, x.Decomposition.Incentive, x.Decomposition.Return]).ToList();
        ModelValue[] summary =
        [
            new("closed_human_capital", "h̄(0): residents' human capital with no emigration", parts[0].ClosedHumanCapital, "home efficiency units"),
            new("human_capital_at_p_max", "h̄(p) at the largest p", outcomes[^1].ResidentHumanCapital, "home efficiency units"),
            new("schooled_share_at_p_max", "schooled share at the largest p", outcomes[^1].SchooledShare, "share of the cohort"),
        ];
        return new ModelResult("brain-gain", "Two-period model (Mayr–Peri style): residents' human capital and its decomposition",
            summary, new ModelTable(TwoPeriodColumns, rows), TwoPeriodCharts(grid, points));
    }

    private static ModelChart[] TwoPeriodCharts(double[] grid, TwoPeriodGridPoint[] points)
    {
        var parts = points.Select(x => x.Decomposition).ToArray();
        var outcomes = points.Select(x => x.Outcome).ToArray();
        return
        [
            new("human-capital", "Two-period model: residents' human capital", "emigration probability p", "average human capital (home efficiency units)",
            [
                ModelLine.Of("all channels", grid, outcomes.Select(o => o.ResidentHumanCapital)),
                ModelLine.Of("drain + incentive (no return)", grid, points.Select(x => x.NoReturnHumanCapital)),
                ModelLine.Of("drain only", grid, points.Select(x => x.DrainOnlyHumanCapital)),
            ]),
            new("decomposition", "Change from p = 0, by channel", "emigration probability p", "change in h̄ (home efficiency units)",
            [
                ModelLine.Of("total", grid, parts.Select(d => d.Total)),
                ModelLine.Of("drain", grid, parts.Select(d => d.Drain)),
                ModelLine.Of("incentive", grid, parts.Select(d => d.Incentive)),
                ModelLine.Of("return", grid, parts.Select(d => d.Return)),
            ]),
            new("flows", "Who leaves and who comes back", "emigration probability p", "share of the native cohort",
            [
                ModelLine.Of("schooled", grid, outcomes.Select(o => o.SchooledShare)),
                ModelLine.Of("returnees", grid, outcomes.Select(o => o.ReturneeShare)),
                ModelLine.Of("emigrants for good", grid, outcomes.Select(o => o.PermanentEmigrantShare)),
            ]),
        ];
    }

    private static string Key(string model, int steps, params double[] values) =>
        string.Create(CultureInfo.InvariantCulture, $"brain-gain|{model}|{steps}|") + string.Join('|', values.Select(v => ModelArgs.Key(v)));
}
