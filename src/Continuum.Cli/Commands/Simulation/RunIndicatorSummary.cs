using Continuum.Cli.Infrastructure;
using Continuum.Core.Development;
using Continuum.Data.Simulation;

namespace Continuum.Cli.Commands.Simulation;

/// <summary>The key development indicators of a run in its horizon year, mean over replicates, as <c>continuum run</c> prints them.</summary>
public static class RunIndicatorSummary
{
    private static readonly IReadOnlyList<IndicatorDefinition> Shown = IndicatorDefinition.KeyIndicators;

    /// <summary>One row per country: real GDP (US$ billion, 2017 prices), GDP per capita (2017 US$), unemployment (%), remittances received (US$ million), tertiary share of residents 25+ (%).</summary>
    public static ResultTable Table(ScenarioRun run, IReadOnlyList<RunIndicators> indicators, string? runId)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(indicators);
        var dims = run.Inputs.Dimensions;
        var horizon = dims.Years - 1;
        var table = new ResultTable("country", "real GDP $bn", "GDP/cap $", "unemp %", "remit. recv $m", "tertiary 25+ %")
        {
            Title = $"development indicators in {dims.HorizonYear} (mean of {indicators.Count} replicate(s)){(runId is null ? string.Empty : $"; compare with another run: continuum runs compare {runId} OTHER_ID")}",
        };
        var all = IndicatorDefinition.All.ToList();
        for (var c = 0; c < dims.CountryCount; c++)
        {
            var values = Shown.Select(name => indicators.Average(i => i.Value(all.IndexOf(name), horizon, c))).ToArray();
            table.Add(dims.Countries[c], Math.Round(values[0] / 1000, 1), Math.Round(values[1]), Math.Round(values[2], 2), Math.Round(values[3]),
                Math.Round(values[4], 1));
        }

        return table;
    }
}
