using System.ComponentModel;
using Continuum.Cli.Infrastructure;
using Continuum.Data.Indicators;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Indicators;

/// <summary><c>continuum indicators sdg-1071 --input workers.csv</c>: recruitment cost in months of first earnings, by corridor.</summary>
public sealed class Sdg1071Command : Command<Sdg1071Command.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Worker survey CSV.</summary>
        [CommandOption("--input <FILE>")]
        [Description("Worker CSV: worker_id,origin,destination,recruitment_cost,monthly_earnings[[,weight]].")]
        public string Input { get; init; } = string.Empty;

        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("table (default), csv, json or md.")]
        public OutputFormat Format { get; init; } = OutputFormat.Table;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Input.Length == 0 ? ValidationResult.Error("--input FILE is required") : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var table = new ResultTable("origin", "destination", "workers", "weight_total", "mean_months", "median_months", "p25_months", "p75_months", "p80_months")
        {
            Title = "SDG 10.7.1: recruitment cost in months of first monthly earnings abroad",
        };
        foreach (var c in RecruitmentCost.ByCorridor(IndicatorInputs.ReadWorkers(settings.Input)))
        {
            table.Add(c.Origin, c.Destination, c.Workers, c.WeightTotal, c.MeanMonths, c.MedianMonths, c.P25Months, c.P75Months, c.P80Months);
        }

        table.Write(settings.Format, Console.Out, AnsiConsole.Console);
        return CliApp.Ok;
    }
}
