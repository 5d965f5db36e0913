using System.ComponentModel;
using Continuum.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Projection;

/// <summary>Output options of the projection and host-economy commands: format and an optional PNG chart.</summary>
public abstract class OutputSettings : CommandSettings
{
    /// <summary>Output format: table, csv or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table (default), csv or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <summary>Optional path of a PNG chart to write.</summary>
    [CommandOption("--chart <FILE>")]
    [Description("Also write a chart to this PNG file.")]
    public string? Chart { get; init; }

    /// <summary>The parsed <see cref="Format"/>.</summary>
    public OutputFormat OutputFormat => Format.ToUpperInvariant() switch
    {
        "CSV" => OutputFormat.Csv,
        "JSON" => OutputFormat.Json,
        _ => OutputFormat.Table,
    };

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Format.ToUpperInvariant() is not ("TABLE" or "CSV" or "JSON"))
        {
            return ValidationResult.Error($"--format '{Format}' is not allowed; use table, csv or json");
        }

        return Chart is not null && !Chart.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Error($"--chart '{Chart}' must name a .png file")
            : ValidationResult.Success();
    }
}
