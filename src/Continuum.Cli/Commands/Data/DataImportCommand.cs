using System.Globalization;
using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Data;

/// <summary>
/// <c>continuum data import FILE...</c>: detect each file's format and import it all-or-nothing. Each file is its own
/// transaction: a file that fails leaves the store as it was and the next files are still imported; the table says per
/// file what was committed, and the exit code is 1 when any file failed.
/// </summary>
public sealed class DataImportCommand : Command<DataImportCommand.Settings>
{
    /// <summary>Options of <c>data import</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Files.Length == 0)
            {
                return ValidationResult.Error("name at least one FILE to import");
            }

            foreach (var (option, value) in new[] { ("--vintage", Vintage), ("--indicator", Indicator), ("--source", Source), ("--format", Format) })
            {
                if (value is not null && string.IsNullOrWhiteSpace(value))
                {
                    return ValidationResult.Error($"{option} is empty; give a label such as {Example(option)}, or leave the option out");
                }
            }

            return ValidationResult.Success();
        }

        /// <summary>Files to import.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("Files to import (WDI CSV/JSON, DataBank export, UN DESA or KNOMAD xlsx, WPP extracts, ...).")]
        public string[] Files { get; init; } = [];

        /// <summary>Format name, when detection should be overridden.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("Format name instead of detection: wdi-long, wdi-api-csv, wb-api-json, databank, undesa-ims-xlsx, undesa-ims-csv, knomad-xlsx, knomad-long, wb-historical, wpp, abel-cohen, ircc.")]
        public string? Format { get; init; }

        /// <summary>Vintage label.</summary>
        [CommandOption("--vintage <VINTAGE>")]
        [Description("Vintage (release) label, e.g. \"WDI 2026-10 (own)\": required for formats that carry none, else replaces the file's. The shipped data's vintages are theirs alone.")]
        public string? Vintage { get; init; }

        /// <summary>Indicator code for one-series files whose name is not the code.</summary>
        [CommandOption("--indicator <CODE>")]
        [Description("Indicator code for a WDI long CSV whose file name is not the code.")]
        public string? Indicator { get; init; }

        /// <summary>Source label.</summary>
        [CommandOption("--source <SOURCE>")]
        [Description("Source (publisher) label instead of the format's.")]
        public string? Source { get; init; }

        /// <summary>Replace earlier imports of the file.</summary>
        [CommandOption("--replace")]
        [Description("Replace, in the same transaction, the earlier import of the same file (e.g. under a wrong --vintage or --indicator) and any dataset with the same file name and vintage.")]
        public bool Replace { get; init; }

        private static string Example(string option) => option switch
        {
            "--vintage" => "\"WDI 2026-10 (own)\"",
            "--indicator" => "SP.POP.TOTL",
            "--source" => "\"World Bank WDI\"",
            _ => "wdi-long",
        };
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = ContinuumStore.Open(settings.Store);
        // The shipped data first, so that their vintages are known and a user label can never take one of them.
        DataServices.EnsureShippedData(store);
        var importer = DataServices.CreateImporter(store);
        var table = new ResultTable("file", "result", "dataset", "format", "source", "vintage", "added", "already_present")
        {
            Title = "Imported into " + store.Path,
        };
        var errors = new List<string>();
        var notes = new List<string>();
        DataServices.ErrorConsole().Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("import", maxValue: settings.Files.Length);
                foreach (var file in settings.Files)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file));
                    ImportOne(importer, settings, file, table, errors, notes);
                    task.Increment(1);
                }
            });

        table.Write(OutputFormat.Table, Console.Out, AnsiConsole.Console);
        var err = DataServices.ErrorConsole();
        notes.ForEach(n => err.MarkupLine("[grey]note:[/] " + Markup.Escape(n)));
        errors.ForEach(e => err.MarkupLine("[red]error:[/] " + Markup.Escape(e)));
        return errors.Count == 0 ? CliApp.Ok : CliApp.Failed;
    }

    private static void ImportOne(Importer importer, Settings settings, string file, ResultTable table, List<string> errors, List<string> notes)
    {
        var name = Path.GetFileName(file);
        try
        {
            var s = importer.Import(new ImportRequest(file, settings.Format, settings.Vintage, settings.Indicator, settings.Source)
            {
                Origin = DatasetOrigin.Cli,
                Replace = settings.Replace,
            });
            var result = s.AlreadyImported ? "already imported" : s.Replaced.Count > 0 ? "replaced" : "added";
            table.Add(name, result, s.DatasetId, s.Dataset.Format, s.Dataset.Source, s.Dataset.Vintage, s.Added,
                s.AlreadyImported ? "whole file" : s.AlreadyPresent.ToString(CultureInfo.InvariantCulture));
            notes.AddRange(s.Notes.Select(n => $"{name}: {n}"));
        }
        catch (Exception ex) when (ex is InputException or IOException or UnauthorizedAccessException)
        {
            table.Add(name, "failed (nothing written)", null, settings.Format, null, settings.Vintage, 0L, null);
            errors.Add(ex.Message);
        }
    }
}
