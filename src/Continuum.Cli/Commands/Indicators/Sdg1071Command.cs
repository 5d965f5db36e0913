using Continuum.Data.Indicators;

namespace Continuum.Cli.Commands.Indicators;

/// <summary><c>continuum indicators sdg-1071 --input workers.csv</c>: recruitment cost in months of first earnings, by corridor.</summary>
public sealed class Sdg1071Command : TableCommand<Sdg1071Command.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : TableSettings
    {
        /// <summary>Worker survey CSV.</summary>
        [CommandOption("--input <FILE>")]
        [Description("Worker CSV: worker_id,origin,destination,recruitment_cost,monthly_earnings[[,weight]].")]
        public string Input { get; init; } = string.Empty;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Input.Length == 0 ? ValidationResult.Error("--input FILE is required") : ValidationResult.Success();
    }

    /// <inheritdoc />
    protected override ResultTable Build(Settings settings)
    {
        var table = new ResultTable("origin", "destination", "workers", "weight_total", "mean_months", "median_months", "p25_months", "p75_months", "p80_months")
        {
            Title = "SDG 10.7.1: recruitment cost in months of first monthly earnings abroad",
        };
        foreach (var c in RecruitmentCost.ByCorridor(IndicatorInputs.ReadWorkers(settings.Input)))
        {
            table.Add(c.Origin, c.Destination, c.Workers, c.WeightTotal, c.MeanMonths, c.MedianMonths, c.P25Months, c.P75Months, c.P80Months);
        }

        return table;
    }
}
