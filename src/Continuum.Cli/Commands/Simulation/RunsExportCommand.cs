using System.ComponentModel;
using Continuum.Cli.Infrastructure;
using Continuum.Data.Simulation;
using Continuum.Data.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Simulation;

/// <summary><c>continuum runs export ID --format csv|parquet [--out FILE] [--table results|corridors|indicators]</c>.</summary>
public sealed class RunsExportCommand : Command<RunsExportCommand.Settings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = RunStoreCli.OpenForReading(settings.Store);
        var path = settings.Out ?? $"run-{settings.Id}-{settings.Table}.{settings.Format}";
        RunStore.ForReading(store).Export(settings.Id, settings.Table, settings.Format, path);
        AnsiConsole.MarkupLine($"wrote [bold]{Markup.Escape(path)}[/]");
        return CliApp.Ok;
    }

    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The run id.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("Run id (see 'continuum runs list').")]
        public string Id { get; init; } = string.Empty;

        /// <summary>csv or parquet.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("csv (default) or parquet.")]
        public string Format { get; init; } = "csv";

        /// <summary>results, corridors or indicators.</summary>
        [CommandOption("--table <TABLE>")]
        [Description("results (default: by year, country, sex, age group, education, migration status), corridors or indicators (the development indicators per replicate).")]
        public string Table { get; init; } = "results";

        /// <summary>Output file.</summary>
        [CommandOption("--out <FILE>")]
        [Description("Output file (default run-ID-TABLE.FORMAT).")]
        public string? Out { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            if (Format is not ("csv" or "parquet"))
            {
                return ValidationResult.Error($"--format '{Format}' is not allowed; use csv or parquet");
            }

            return Table is "results" or "corridors" or "indicators" ? ValidationResult.Success()
                : ValidationResult.Error($"--table '{Table}' is not allowed; use results, corridors or indicators");
        }
    }
}
