using Continuum.Data.Households;
using Continuum.Models.Inequality;

namespace Continuum.Cli.Commands.AnalyticModels;

/// <summary>
/// <c>continuum model inequality --input FILE</c>: the Gini of total income decomposed by source
/// (Lerman–Yitzhaki) with the Stark–Taylor–Yitzhaki marginal effect; the chart is the Lorenz curve of total income.
/// </summary>
public sealed class InequalityCommand : Command<InequalitySettings>
{
    /// <summary>The output columns (a stable interface).</summary>
    public static readonly string[] Columns = ["source", "share", "gini", "gini_correlation", "contribution", "marginal_effect"];

    /// <inheritdoc/>
    public override int Execute(CommandContext context, InequalitySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var incomes = HouseholdIncomeFile.Read(settings.Input!);
        var result = GiniDecomposition.Of(incomes);
        settings.Write(ToTable(result));
        if (settings.Chart is not null)
        {
            var lorenz = LorenzCurve.Of(incomes.Total, incomes.Weights, 100);
            LineChart.SavePng(settings.Chart, "Lorenz curve of total income", "cumulative share of households",
                "cumulative share of income",
            [
                new ChartSeries("total income", lorenz.PopulationShare, lorenz.IncomeShare),
                new ChartSeries("equality", [0, 1], [0, 1]),
            ]);
        }

        return CliApp.Ok;
    }

    /// <summary>One row per source, then <c>total</c> (share 1, gini = Gini of total income, correlation 1, contribution = G, marginal 0).</summary>
    public static ResultTable ToTable(GiniDecomposition result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new ResultTable(Columns) { Title = "Gini decomposition by income source (Lerman–Yitzhaki; Stark–Taylor–Yitzhaki marginal effect)" };
        foreach (var s in result.Sources)
        {
            table.Add(s.Source, s.Share, s.Gini, s.GiniCorrelation, s.Contribution, s.MarginalEffect);
        }

        table.Add("total", 1.0, result.TotalGini, 1.0, result.Sources.Sum(s => s.Contribution), 0.0);
        return table;
    }
}
