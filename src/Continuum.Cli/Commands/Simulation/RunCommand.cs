using Continuum.Cli.Infrastructure;
using Continuum.Data.IO;
using Continuum.Data.Scenarios;
using Continuum.Data.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Simulation;

/// <summary>
/// <c>continuum run FILE</c>: runs a scenario, shows progress, a summary and the key development indicators, and stores the
/// run with the indicators of every replicate (so that it can be compared later with <c>continuum runs compare</c>).
/// </summary>
public sealed class RunCommand : Command<RunSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var source = ScenarioToml.ReadSource(settings.File);
        var scenario = source.Scenario with
        {
            Seed = settings.Seed ?? source.Scenario.Seed,
            FullScale = settings.Scale is null ? source.Scenario.FullScale : settings.Scale == "full",
        };
        ScenarioMemory.RequireMemory(scenario, locate: source.Locate);
        var run = RunWithProgress(scenario, settings.ThreadCount, cancellationToken);
        var rows = run.CountryYears();
        if (settings.Out is not null)
        {
            AtomicFile.WriteText(settings.Out, w => RunCsv.Write(w, rows));
        }

        var indicators = RunStore.ComputeIndicators(run);
        string? runId = null;
        if (!settings.NoStore)
        {
            runId = RunStoreCli.Save(settings.Store, run, indicators);
        }

        Summary(run, rows, runId).Write(OutputFormat.Table, Console.Out, AnsiConsole.Console);
        if (indicators.Count > 0)
        {
            RunIndicatorSummary.Table(run, indicators, runId).Write(OutputFormat.Table, Console.Out, AnsiConsole.Console);
        }

        return CliApp.Ok;
    }

    private static ScenarioRun RunWithProgress(Core.Scenario.Scenario scenario, int threads, CancellationToken cancellationToken)
    {
        ScenarioRun? run = null;
        var years = scenario.HorizonYear - scenario.BaseYear + 1;
        AnsiConsole.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask($"simulating {scenario.Name}", maxValue: years * scenario.Replicates);
            run = ScenarioRun.Execute(scenario, threads, (_, _) => task.Increment(1), cancellationToken);
        });
        return run!;
    }

    private static ResultTable Summary(ScenarioRun run, List<CountryYear> rows, string? runId)
    {
        var horizon = run.Scenario.HorizonYear;
        var table = new ResultTable("country", "pop k", "15-64 k", "abroad k", "foreign k", "immig Σ k", "return Σ k", "tert 25+")
        {
            Title = $"{run.Scenario.Name} in {horizon} (replicate 0, thousands; Σ = {run.Scenario.BaseYear}–{horizon - 1}){(runId is null ? string.Empty : $", run {runId}")}",
        };
        static double K(double persons) => Math.Round(persons / 1000);
        foreach (var country in run.Inputs.Dimensions.Countries)
        {
            var mine = rows.Where(r => r.Replicate == 0 && r.Country == country).ToList();
            var last = mine.Single(r => r.Year == horizon);
            table.Add(country, K(last.Population), K(last.WorkingAge), K(last.EmigrantStockAbroad), K(last.ForeignBorn),
                K(mine.Sum(r => r.Immigrants)), K(mine.Sum(r => r.Returns)), Math.Round(last.TertiaryShare25Plus, 3));
        }

        return table;
    }
}
