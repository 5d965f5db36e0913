using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Data;

/// <summary><c>continuum data export</c>: observations with provenance to CSV or Parquet (for R, Stata, Python).</summary>
public sealed class DataExportCommand : Command<DataExportCommand.Settings>
{
    /// <summary>Options of <c>data export</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>csv or parquet.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("csv (default) or parquet.")]
        public string Format { get; init; } = "csv";

        /// <summary>Output file.</summary>
        [CommandOption("--out <FILE>")]
        [Description("Output file (written whole or not at all).")]
        public string Out { get; init; } = string.Empty;

        /// <summary>Only this indicator.</summary>
        [CommandOption("--indicator <CODE>")]
        [Description("Only this indicator.")]
        public string? Indicator { get; init; }

        /// <summary>Only these areas.</summary>
        [CommandOption("--area <CODES>")]
        [Description("Only these areas (comma-separated codes).")]
        public string? Area { get; init; }

        /// <summary>Only this vintage.</summary>
        [CommandOption("--vintage <VINTAGE>")]
        [Description("Only this vintage.")]
        public string? Vintage { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Format is not ("csv" or "parquet") ? ValidationResult.Error($"--format '{Format}' is not csv or parquet")
            : Out.Length == 0 ? ValidationResult.Error("--out FILE is required")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = DataServices.OpenForReading(settings);
        var areas = settings.Area?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var rows = StoreExport.Export(store, settings.Out, settings.Format, settings.Indicator, areas, settings.Vintage);
        DataServices.ErrorConsole().MarkupLine($"[green]wrote[/] {rows:N0} observations to {Markup.Escape(settings.Out)}");
        return CliApp.Ok;
    }
}
