using System.Globalization;
using Continuum.Cli.Commands.Projection;
using Continuum.Models.BrainGain;

namespace Continuum.Cli.Commands.AnalyticModels;

/// <summary><c>continuum model brain-gain</c>: human capital of residents against the emigration probability p.</summary>
public sealed class BrainGainCommand : Command<BrainGainSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, BrainGainSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var grid = EmigrationGrid.Of(settings.Steps, settings.PMax);
        var (table, chart) = OptionSpelling.NameOptions(() => settings.Model == "bdr" ? Bdr(settings, grid) : TwoPeriod(settings, grid));

        settings.Write(table);
        if (settings.Chart is not null)
        {
            var title = settings.Model == "bdr" ? "BDR threshold model" : "Two-period model: residents' human capital";
            var yLabel = settings.Model == "bdr" ? "share" : "average human capital (home efficiency units)";
            LineChart.SavePng(settings.Chart, title, "emigration probability p", yLabel, chart);
        }

        return CliApp.Ok;
    }

    private static (ResultTable, ChartSeries[]) Bdr(BrainGainSettings s, double[] grid)
    {
        var model = new BdrThresholdModel(s.CostMin, s.CostMax, s.ClosedThreshold, s.Delta);
        var table = new ResultTable("p", "ex_ante_skilled_share", "resident_skilled_share", "dH_dp")
        {
            Title = string.Create(CultureInfo.InvariantCulture,
                $"BDR: dH/dp at p=0 = f(c0)·Δ − P0(1−P0) = {model.BeneficialBrainDrainMargin():0.#####}"),
        };
        foreach (var p in grid)
        {
            table.Add(p, model.ExAnteSkilledShare(p), model.ResidentSkilledShare(p), model.ResidentSkilledShareSlope(p));
        }

        return (table,
        [
            new ChartSeries("P(p) ex-ante skilled share", grid, grid.Select(model.ExAnteSkilledShare).ToArray()),
            new ChartSeries("H(p) resident skilled share", grid, grid.Select(model.ResidentSkilledShare).ToArray()),
        ]);
    }

    private static (ResultTable, ChartSeries[]) TwoPeriod(BrainGainSettings s, double[] grid)
    {
        var model = new TwoPeriodBrainGainModel(s.BuildTwoPeriodParameters());
        var table = new ResultTable("p", "schooling_threshold", "schooled_share", "resident_human_capital",
            "resident_schooled_share", "returnee_share", "permanent_emigrant_share", "change", "drain", "incentive", "return")
        {
            Title = "Two-period model (Mayr–Peri style): residents' human capital and its decomposition",
        };
        var points = TwoPeriodGridPoint.Over(model, grid);
        foreach (var point in points)
        {
            var (o, d) = (point.Outcome, point.Decomposition);
            table.Add(point.EmigrationProbability, o.SchoolingThreshold, o.SchooledShare, o.ResidentHumanCapital, o.ResidentSchooledShare,
                o.ReturneeShare, o.PermanentEmigrantShare, d.Total, d.Drain, d.Incentive, d.Return);
        }

        return (table,
        [
            new ChartSeries("all channels", grid, points.Select(x => x.Outcome.ResidentHumanCapital).ToArray()),
            new ChartSeries("drain + incentive (no return)", grid, points.Select(x => x.NoReturnHumanCapital).ToArray()),
            new ChartSeries("drain only", grid, points.Select(x => x.DrainOnlyHumanCapital).ToArray()),
        ]);
    }
}
