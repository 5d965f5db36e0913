using Continuum.Data.Indicators;
using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Indicators;

/// <summary><c>continuum indicators remittance-costs</c>: Remittance Prices Worldwide corridor averages for a quarter.</summary>
public sealed class RemittanceCostsCommand : StoreIndicatorCommand<RemittanceCostsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreTableSettings
    {
        /// <summary>Quarter.</summary>
        [CommandOption("--period <QUARTER>")]
        [Description("Quarter, e.g. 2020Q3 (default).")]
        public string Period { get; init; } = "2020Q3";
    }

    /// <inheritdoc />
    protected override ResultTable Build(ContinuumStore store, Settings settings)
    {
        var corridors = StoreIndicators.RpwCorridorCosts(store, settings.Period);
        if (corridors.Count == 0)
        {
            throw new InputException($"no RPW corridor averages for period '{settings.Period}'", field: "--period");
        }

        var table = new ResultTable("period", "sending", "receiving", "average_cost_percent", "vintage") { Title = "RPW corridor average cost of sending USD 200" };
        foreach (var c in corridors)
        {
            table.Add(settings.Period, c.From, c.To, c.Value, c.Vintage);
        }

        return table;
    }

    /// <inheritdoc />
    protected override string? Note(ContinuumStore store, Settings settings, ResultTable table)
    {
        var costs = table.Rows.Select(r => (double)r[3]!).ToList();
        return $"{costs.Count} corridors; simple mean of corridor averages {costs.Average():0.00}%; "
               + $"{costs.Count(c => c <= 3)} at or below 3%, {costs.Count(c => c > 5)} above 5%. "
               + "Corridor averages are not the official SDG 10.c.1 (which needs provider quotes: see indicators sdg-10c1).";
    }
}
