using Continuum.Data.Indicators;

namespace Continuum.Cli.Commands.Indicators;

/// <summary><c>continuum indicators sdg-10c1 --input quotes.csv</c>: global average cost and SmaRT from provider quotes.</summary>
public sealed class Sdg10c1Command : TableCommand<Sdg10c1Command.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : TableSettings
    {
        /// <summary>Provider quotes CSV.</summary>
        [CommandOption("--input <FILE>")]
        [Description("Provider-level quotes CSV: period,source,destination,firm,firm_type,amount_sent,fee,fx_margin_percent,speed_days,transparent,accessible.")]
        public string Input { get; init; } = string.Empty;

        /// <summary>List corridors too.</summary>
        [CommandOption("--corridors")]
        [Description("List each corridor's average cost and SmaRT instead of the global summary.")]
        public bool Corridors { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Input.Length == 0 ? ValidationResult.Error("--input FILE is required") : ValidationResult.Success();
    }

    /// <inheritdoc />
    protected override ResultTable Build(Settings settings)
    {
        var result = RemittanceCost.Compute(IndicatorInputs.ReadQuotes(settings.Input));
        ResultTable table;
        if (settings.Corridors)
        {
            table = new ResultTable("period", "source", "destination", "services", "average_cost_percent", "smart_percent");
            foreach (var c in result.SelectMany(r => r.ByCorridor))
            {
                table.Add(c.Period, c.Source, c.Destination, c.Services, c.AverageCostPercent, c.SmartPercent);
            }
        }
        else
        {
            table = new ResultTable("period", "services", "corridors", "global_average_percent", "global_smart_percent", "corridors_above_5_percent", "target_percent")
            {
                Title = "SDG 10.c.1: cost of sending USD 200 (% of amount)",
            };
            foreach (var r in result)
            {
                table.Add(r.Period, r.Services, r.Corridors, r.GlobalAveragePercent, r.GlobalSmartPercent, r.CorridorsAbove5Percent, 3.0);
            }
        }

        return table;
    }
}
