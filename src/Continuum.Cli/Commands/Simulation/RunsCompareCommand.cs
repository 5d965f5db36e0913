using System.ComponentModel;
using Continuum.Cli.Commands.Comparison;
using Continuum.Cli.Infrastructure;
using Continuum.Data.IO;
using Continuum.Data.Simulation;
using Continuum.Data.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Simulation;

/// <summary>
/// <c>continuum runs compare RUN_A RUN_B</c>: the development indicators of two stored runs, B − A per indicator, area and
/// year, with a paired t band when both runs share seed and replicate count (common random numbers) and Welch's t band
/// otherwise (<see cref="RunComparison"/>). Same outputs as <c>continuum compare</c>: the key indicators as a table, or every
/// row as csv/json (<c>year,area,indicator,a,b,difference,lower,upper,unit</c>, the title with the method on standard error),
/// a PNG of real GDP and an HTML report.
/// </summary>
public sealed class RunsCompareCommand : Command<RunsCompareCommand.Settings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = RunStoreCli.OpenForReading(settings.Store);
        var result = RunComparison.Compare(RunStore.ForReading(store), settings.A, settings.B);
        if (settings.OutputFormat == OutputFormat.Table)
        {
            ComparisonTables.Summary(result.Rows, result.Countries, result.BaseYear, result.HorizonYear, result.Title)
                .Write(OutputFormat.Table, Console.Out, AnsiConsole.Console);
        }
        else
        {
            Console.Error.WriteLine(result.Title);
            ComparisonTables.Full(result.Rows, result.Title).Write(settings.OutputFormat, Console.Out);
        }

        if (settings.Chart is not null)
        {
            ComparisonTables.SaveChart(settings.Chart, $"{result.B.Scenario} − {result.A.Scenario}: real_gdp ({(result.Method == RunComparisonMethod.PairedT ? "paired" : "Welch")} t band)",
                result.Rows, result.Countries);
        }

        if (settings.Html is not null)
        {
            AtomicFile.WriteText(settings.Html, w => w.Write(ComparisonHtmlReport.Render(result)));
        }

        return CliApp.Ok;
    }

    /// <summary>Options of <c>runs compare</c>.</summary>
    public sealed class Settings : ModelOutputSettings
    {
        /// <summary>Run A (the reference).</summary>
        [CommandArgument(0, "<RUN_A>")]
        [Description("Reference run id (see 'continuum runs list').")]
        public string A { get; init; } = string.Empty;

        /// <summary>Run B.</summary>
        [CommandArgument(1, "<RUN_B>")]
        [Description("Run id compared with it.")]
        public string B { get; init; } = string.Empty;

        /// <summary>Self-contained HTML report.</summary>
        [CommandOption("--html <FILE>")]
        [Description("Also write a self-contained HTML report with charts.")]
        public string? Html { get; init; }

        /// <summary>Store path.</summary>
        [CommandOption("--store <PATH>")]
        [Description("Store file (default: continuum.duckdb in $CONTINUUM_HOME).")]
        public string? Store { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
            {
                return baseResult;
            }

            return Html is not null && !Html.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                ? ValidationResult.Error($"--html '{Html}' must name a .html file")
                : ValidationResult.Success();
        }
    }
}
