using Continuum.Cli.Commands.Simulation;
using Continuum.Cli.Infrastructure;
using Continuum.Data.Development;
using Continuum.Data.IO;
using Continuum.Data.Scenarios;
using Continuum.Data.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Comparison;

/// <summary>
/// <c>continuum compare A B</c>: runs both scenarios with common random numbers over N replicate pairs in parallel
/// and reports each indicator's difference B − A per area and year with a paired t band. Table format: the key
/// indicators in year 11 and the horizon; csv/json: every row (<c>year,area,indicator,a,b,difference,lower,upper,unit</c>).
/// The two runs are stored and their ids named in the title (on standard error for csv/json) and the HTML report.
/// <c>--host-economy</c> adds the micro–macro GDP check of Canadian extra admissions (<see cref="MicroMacroCheck"/>).
/// </summary>
public sealed class CompareCommand : Command<CompareSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sides = ScenarioToml.ReadAll(settings.A, settings.B);
        var (a, b) = (sides[0], sides[1]);
        var replicates = settings.Replicates ?? a.Replicates;
        ScenarioMemory.RequireMemory((a.SampleSize >= b.SampleSize ? a : b) with { Replicates = replicates },
            concurrentRuns: Math.Max(2, Math.Min(settings.ThreadCount, 2 * replicates)), sides: 2);
        var result = RunWithProgress(a, b, replicates, settings.ThreadCount, cancellationToken);
        (string? A, string? B) ids = settings.NoStore ? (null, null) : (Store(settings, result.A, result.OutcomesA), Store(settings, result.B, result.OutcomesB));
        var title = $"{b.Name} − {a.Name}, {replicates} replicate pair(s){(ids.A is null ? string.Empty : $"; runs {ids.A} (A), {ids.B} (B)")}";
        if (settings.OutputFormat == OutputFormat.Table)
        {
            ComparisonTables.Summary(result, title).Write(OutputFormat.Table, Console.Out, AnsiConsole.Console);
        }
        else
        {
            Console.Error.WriteLine(title);
            ComparisonTables.Full(result.Rows, title).Write(settings.OutputFormat, Console.Out);
        }

        if (settings.HostEconomy)
        {
            HostEconomyCheck(result, settings.OutputFormat == OutputFormat.Table ? Console.Out : Console.Error);
        }

        if (settings.Decompose is not null)
        {
            var years = HumanCapitalRuns.Decompose(b, settings.Decompose.ToUpperInvariant(), replicates, settings.ThreadCount, cancellationToken: cancellationToken);
            ComparisonTables.Decomposition(years, $"{b.Name}: human capital of residents 25+ of {settings.Decompose.ToUpperInvariant()}, parts of the change since no migration")
                .Write(settings.OutputFormat, settings.OutputFormat == OutputFormat.Table ? Console.Out : Console.Error, AnsiConsole.Console);
        }

        if (settings.Chart is not null)
        {
            ComparisonTables.SaveChart(settings.Chart, result);
        }

        if (settings.Html is not null)
        {
            AtomicFile.WriteText(settings.Html, w => w.Write(ComparisonHtmlReport.Render(result, ids)));
        }

        return CliApp.Ok;
    }

    private static ComparisonResult RunWithProgress(Core.Scenario.Scenario a, Core.Scenario.Scenario b, int replicates, int threads, CancellationToken cancellationToken)
    {
        ComparisonResult? result = null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask($"comparing {b.Name} with {a.Name}", maxValue: replicates * 2);
            result = ScenarioComparison.Run(a, b, replicates, threads, _ => task.Increment(1), cancellationToken);
        });
        return result!;
    }

    private static void HostEconomyCheck(ComparisonResult result, TextWriter writer)
    {
        var extra = result.B.ExtraAdmissions.FirstOrDefault(e => result.B.Inputs.Dimensions.Countries[e.Host] == "CAN")
            ?? throw new InputException("--host-economy needs extra admissions to Canada in scenario B ([development] extra_admissions = { CAN = ... })", result.B.Scenario.SourceFile);
        var years = extra.LastYear - extra.FirstYear + 1;
        var check = MicroMacroCheck.Run(result, extra.FirstYear, years, extra.PersonsPerYear, DataPaths.DataDirectory());
        writer.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Real GDP in year {years} ({extra.FirstYear + years - 1}), % above A: host-economy model fed the microsimulated labour {check.MacroWithMicroLabourPercent:0.00}; " +
            $"its own cohorts {check.MacroOwnPercent:0.00} (band {check.MacroBandLowPercent:0.00} to {check.MacroBandHighPercent:0.00}); " +
            $"microsimulation production function {check.MicroPercent:0.00}; published (Dungan et al.) 2.3."));
    }

    private static string Store(CompareSettings settings, ScenarioSide side, IReadOnlyList<ReplicateOutcome> outcomes) =>
        RunStoreCli.Save(settings.Store, new ScenarioRun(side.Scenario, side.Inputs, outcomes.Select(o => o.Result).ToList(), settings.ThreadCount),
            outcomes.Select(o => o.Indicators).ToList());
}
