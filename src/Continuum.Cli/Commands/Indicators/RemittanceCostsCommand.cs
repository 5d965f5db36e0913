using System.ComponentModel;
using Continuum.Cli.Infrastructure;
using Continuum.Data.Indicators;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Indicators;

/// <summary><c>continuum indicators remittance-costs</c>: Remittance Prices Worldwide corridor averages for a quarter.</summary>
public sealed class RemittanceCostsCommand : Command<RemittanceCostsCommand.Settings>
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
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = DataServices.OpenForReading(settings);
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

        table.Write(settings.Format, Console.Out, AnsiConsole.Console);
        if (settings.Format == OutputFormat.Table)
        {
            AnsiConsole.MarkupLine($"[grey]{corridors.Count} corridors; simple mean of corridor averages {corridors.Average(c => c.Value):0.00}%; " +
                                   $"{corridors.Count(c => c.Value <= 3)} at or below 3%, {corridors.Count(c => c.Value > 5)} above 5%. " +
                                   "Corridor averages are not the official SDG 10.c.1 (which needs provider quotes: see indicators sdg-10c1).[/]");
        }

        return CliApp.Ok;
    }
}
