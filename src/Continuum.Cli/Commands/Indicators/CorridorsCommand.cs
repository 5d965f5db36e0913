using Continuum.Data.Indicators;
using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Indicators;

/// <summary><c>continuum indicators corridors</c>: top corridors of the 2017 bilateral matrices, and destination counts.</summary>
public sealed class CorridorsCommand : StoreIndicatorCommand<CorridorsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreTableSettings
    {
        /// <summary>remittances or migrants.</summary>
        [CommandOption("--by <WHAT>")]
        [Description("remittances (US$ million, sender→receiver) or migrants (persons, origin→destination). Default remittances.")]
        public string By { get; init; } = "remittances";

        /// <summary>How many.</summary>
        [CommandOption("--top <N>")]
        [Description("Number of corridors (default 10).")]
        public int Top { get; init; } = 10;

        /// <summary>Only from this area.</summary>
        [CommandOption("--from <CODE>")]
        [Description("Only corridors from this sender/origin.")]
        public string? From { get; init; }

        /// <summary>Only to this area.</summary>
        [CommandOption("--to <CODE>")]
        [Description("Only corridors to this receiver/destination.")]
        public string? To { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            By is not ("remittances" or "migrants") ? ValidationResult.Error($"--by '{By}' is not remittances or migrants")
            : Top is < 1 or > 10_000 ? ValidationResult.Error("--top must be between 1 and 10000")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    protected override ResultTable Build(ContinuumStore store, Settings settings)
    {
        var table = new ResultTable("from", "to", "value", "unit", "vintage") { Title = $"Top {settings.Top} corridors by {settings.By}" };
        foreach (var c in StoreIndicators.TopCorridors(store, Indicator(settings), settings.Top, settings.From, settings.To))
        {
            table.Add(c.From, c.To, c.Value, c.Unit, c.Vintage);
        }

        return table;
    }

    /// <inheritdoc />
    protected override string? Note(ContinuumStore store, Settings settings, ResultTable table) => settings.From is null ? null
        : $"{settings.From}: {StoreIndicators.DestinationCount(store, Indicator(settings), settings.From)} destination countries with a positive value";

    private static string Indicator(Settings settings) => settings.By == "remittances" ? "KNOMAD.REM.BILAT" : "KNOMAD.MIG.STOCK";
}
