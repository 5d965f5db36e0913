using System.ComponentModel;
using Continuum.Cli.Infrastructure;
using Continuum.Data.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Data;

/// <summary><c>continuum data import FILE...</c>: detect each file's format, import it all-or-nothing, say what was loaded.</summary>
public sealed class DataImportCommand : Command<DataImportCommand.Settings>
{
    /// <summary>Options of <c>data import</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Files.Length == 0 ? ValidationResult.Error("name at least one FILE to import") : ValidationResult.Success();

        /// <summary>Files to import.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("Files to import (WDI CSV/JSON, DataBank export, UN DESA or KNOMAD xlsx, WPP extracts, ...).")]
        public string[] Files { get; init; } = [];

        /// <summary>Format name, when detection should be overridden.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("Format name instead of detection: wdi-long, wdi-api-csv, wb-api-json, databank, undesa-ims-xlsx, undesa-ims-csv, knomad-xlsx, knomad-long, wb-historical, wpp, abel-cohen, ircc.")]
        public string? Format { get; init; }

        /// <summary>Vintage label for formats that carry none.</summary>
        [CommandOption("--vintage <VINTAGE>")]
        [Description("Vintage (release) label, e.g. \"WDI 2026-07\", for formats that do not carry one.")]
        public string? Vintage { get; init; }

        /// <summary>Indicator code for one-series files whose name is not the code.</summary>
        [CommandOption("--indicator <CODE>")]
        [Description("Indicator code for a WDI long CSV whose file name is not the code.")]
        public string? Indicator { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = ContinuumStore.Open(settings.Store);
        Continuum.Data.Catalog.ShippedData.EnsureReferenceTables(store);
        var importer = DataServices.CreateImporter(store);
        var table = new ResultTable("file", "format", "source", "vintage", "added", "already_present") { Title = "Imported into " + store.Path };
        DataServices.ErrorConsole().Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("import", maxValue: settings.Files.Length);
                foreach (var file in settings.Files)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file));
                    var summary = importer.Import(new ImportRequest(file, settings.Format, settings.Vintage, settings.Indicator));
                    table.Add(Path.GetFileName(file), summary.Dataset.Format, summary.Dataset.Source, summary.Dataset.Vintage, summary.Added,
                        summary.AlreadyImported ? "whole file (imported before)" : summary.AlreadyPresent.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    task.Increment(1);
                }
            });

        table.Write(OutputFormat.Table, Console.Out, AnsiConsole.Console);
        return CliApp.Ok;
    }
}
