using Continuum.Data.IO;
using Continuum.Evidence;
using Continuum.Evidence.Claims;
using Continuum.Evidence.Verdicts;

namespace Continuum.Cli.Commands.Evidence;

/// <summary><c>continuum evidence</c>: the seminar's claims checked against the data, with verdicts and provenance.</summary>
public sealed class EvidenceCommand : Command<EvidenceCommand.Settings>
{
    /// <summary>Options of <c>evidence</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The claims ledger.</summary>
        [CommandOption("--claims <FILE>")]
        [Description("Claims file (TOML). Default: data/claims/knomad-ottawa-seminar.toml.")]
        public string? Claims { get; init; }

        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("table (default), csv, md, json or html (with a chart per claim).")]
        public OutputFormat Format { get; init; } = OutputFormat.Table;

        /// <summary>Output file instead of stdout.</summary>
        [CommandOption("--out <FILE>")]
        [Description("Write to FILE (whole or not at all) instead of standard output.")]
        public string? Out { get; init; }
    }

    /// <summary>The CSV/JSON columns, in order.</summary>
    public static readonly string[] Columns = ["id", "claim", "claimed", "measured", "unit", "verdict", "gap", "source", "vintage"];

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var claimsPath = settings.Claims ?? DataPaths.Shipped("claims", "knomad-ottawa-seminar.toml");
        var set = ClaimFileReader.Read(claimsPath);
        using var store = DataServices.OpenForReading(settings);
        var ledger = new EvidenceLedger(store);
        ledger.Validate(set);
        var rows = ledger.Evaluate(set);
        if (settings.Format == OutputFormat.Html)
        {
            var html = EvidenceHtmlReport.Render(set, rows, store);
            Emit(settings.Out, w => w.Write(html));
            return CliApp.Ok;
        }

        var table = ToTable(rows, set.Title);
        if (settings.Out is null && settings.Format == OutputFormat.Table)
        {
            var console = AnsiConsole.Console;
            if (Console.IsOutputRedirected || console.Profile.Width < 140)
            {
                console.Profile.Width = 160;
            }

            console.Write(ToTerminalTable(rows, set.Title));
            AnsiConsole.MarkupLine($"[grey]{rows.Count(r => r.Verdict == Verdict.Supported)} supported, {rows.Count(r => r.Verdict == Verdict.Partly)} partly, " +
                                   $"{rows.Count(r => r.Verdict == Verdict.NotSupported)} not supported, {rows.Count(r => r.Verdict == Verdict.NoData)} no data. " +
                                   $"Verdict rule: docs/evidence.md. Claims: {Markup.Escape(claimsPath)}[/]");
            return CliApp.Ok;
        }

        Emit(settings.Out, w => table.Write(settings.Format == OutputFormat.Table ? OutputFormat.Md : settings.Format, w));
        return CliApp.Ok;
    }

    /// <summary>The ledger as a table with <see cref="Columns"/>.</summary>
    public static ResultTable ToTable(IReadOnlyList<EvidenceRow> rows, string title)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new ResultTable(Columns) { Title = title };
        foreach (var r in rows)
        {
            var text = r.Claim.Measures.Count > 1 && r.Measure is not null ? $"{r.Claim.Text} [{r.Measure.Label}]" : r.Claim.Text;
            table.Add(r.Claim.Id, text, r.ClaimedText, r.Measured, r.Claim.Unit, r.Verdict.ToText(),
                double.IsNaN(r.Gap) ? null : r.Gap, r.Source, r.Vintage.Length > 0 ? r.Vintage : r.Missing);
        }

        return table;
    }

    /// <summary>The terminal view: one line per measure, the measure's label instead of the full claim text.</summary>
    public static Table ToTerminalTable(IReadOnlyList<EvidenceRow> rows, string title)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table().RoundedBorder().Title(Markup.Escape(title));
        table.AddColumns("id", "measure", "claimed", "measured", "unit", "verdict", "gap", "vintage");
        foreach (var i in new[] { 2, 3, 6 })
        {
            table.Columns[i].RightAligned();
        }

        foreach (var r in rows)
        {
            var colour = r.Verdict switch
            {
                Verdict.Supported => "green",
                Verdict.Partly => "yellow",
                Verdict.NotSupported => "red",
                _ => "grey",
            };
            table.AddRow(Markup.Escape(r.Claim.Id), Markup.Escape(r.Measure?.Label ?? r.Claim.Text), Markup.Escape(r.ClaimedText),
                Markup.Escape(ResultTable.Human(r.Measured)), Markup.Escape(r.Claim.Unit), $"[{colour}]{r.Verdict.ToText()}[/]",
                Markup.Escape(ResultTable.Human(double.IsNaN(r.Gap) ? null : r.Gap)),
                Markup.Escape(r.Vintage.Length > 0 ? r.Vintage : r.Missing ?? string.Empty));
        }

        return table;
    }

    private static void Emit(string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(Console.Out);
            return;
        }

        AtomicFile.WriteText(path, write);
    }
}
