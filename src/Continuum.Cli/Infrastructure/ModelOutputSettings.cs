namespace Continuum.Cli.Infrastructure;

/// <summary>Options shared by the model commands (projection, host economy, brain gain, inequality, returns): output format and an optional PNG chart.</summary>
public abstract class ModelOutputSettings : CommandSettings
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

        if (Chart is not null && !Chart.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--chart '{Chart}' must name a .png file");
        }

        return ValidationResult.Success();
    }

    /// <summary>Writes <paramref name="table"/> to standard output in the chosen format.</summary>
    public void Write(ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Write(OutputFormat, Console.Out, AnsiConsole.Console);
    }
}
