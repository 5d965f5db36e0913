using System.ComponentModel;
using System.Globalization;
using Continuum.Cli.Infrastructure;
using Continuum.Data.Simulation;
using Continuum.Data.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Simulation;

/// <summary>Options of the <c>runs</c> commands that print a table.</summary>
public class RunsSettings : StoreSettings
{
    /// <summary>table, csv or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table (default), csv or json.")]
    public string Format { get; init; } = "table";

    /// <summary>The parsed format.</summary>
    public OutputFormat OutputFormat => Format switch { "csv" => OutputFormat.Csv, "json" => OutputFormat.Json, _ => OutputFormat.Table };

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        Format is "table" or "csv" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format '{Format}' is not allowed; use table, csv or json");
}

/// <summary><c>continuum runs list</c>.</summary>
public sealed class RunsListCommand : Command<RunsSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, RunsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = RunStoreCli.OpenForReading(settings.Store);
        var table = new ResultTable("run_id", "created_utc", "scenario", "seed", "years", "replicates", "person_years", "scenario_hash", "indicators")
        {
            Title = "simulation runs (compare two with 'continuum runs compare A B'; runs without indicators were saved by an earlier version)",
        };
        var runs = RunStore.ForReading(store);
        var withIndicators = runs.RunsWithIndicators();
        foreach (var r in runs.List())
        {
            table.Add(r.RunId, r.CreatedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.Scenario, r.Seed.ToString(CultureInfo.InvariantCulture),
                $"{r.BaseYear}-{r.Horizon}", r.Replicates, r.PersonYears, r.ScenarioHash[..12], withIndicators.Contains(r.RunId) ? "yes" : "no");
        }

        table.Write(settings.OutputFormat, Console.Out, AnsiConsole.Console);
        return CliApp.Ok;
    }
}

/// <summary>Options of <c>runs show ID</c>.</summary>
public sealed class RunsShowSettings : RunsSettings
{
    /// <summary>The run id.</summary>
    [CommandArgument(0, "<ID>")]
    [Description("Run id (see 'continuum runs list').")]
    public string Id { get; init; } = string.Empty;
}

/// <summary><c>continuum runs show ID</c>: metadata, the effective scenario as TOML and per-year, per-country totals of replicate 0.</summary>
public sealed class RunsShowCommand : Command<RunsShowSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, RunsShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = RunStoreCli.OpenForReading(settings.Store);
        var runs = RunStore.ForReading(store);
        var info = runs.Get(settings.Id);
        if (settings.OutputFormat == OutputFormat.Table)
        {
            var meta = new ResultTable("field", "value") { Title = "run " + info.RunId };
            meta.Add("scenario", info.Scenario);
            meta.Add("file", info.ScenarioFile);
            meta.Add("scenario_hash", info.ScenarioHash);
            meta.Add("seed", info.Seed.ToString(CultureInfo.InvariantCulture));
            meta.Add("countries", info.Countries);
            meta.Add("code_version", info.CodeVersion);
            meta.Add("data_vintages", info.DataVintages);
            if (info.ScenarioToml is null)
            {
                meta.Add("levers", info.Levers.Length == 0 ? "(none)" : info.Levers);
            }

            meta.Add("indicators", runs.HasIndicators(info.RunId) ? "stored (compare with 'continuum runs compare')" : "none (saved by an earlier version)");
            meta.Write(OutputFormat.Table, Console.Out, AnsiConsole.Console);
            if (info.ScenarioToml is not null)
            {
                Console.Out.WriteLine("# The effective scenario (save as a .toml file to run it again):");
                Console.Out.WriteLine(info.ScenarioToml);
            }
        }

        var table = new ResultTable("year", "country", "population", "births", "deaths", "emigrants", "immigrants", "returns") { Title = "replicate 0" };
        foreach (var t in runs.Totals(info.RunId))
        {
            table.Add(t.Year, t.Country, Math.Round(t.Population), Math.Round(t.Births), Math.Round(t.Deaths), Math.Round(t.Emigrants), Math.Round(t.Immigrants), Math.Round(t.Returns));
        }

        table.Write(settings.OutputFormat, Console.Out, AnsiConsole.Console);
        return CliApp.Ok;
    }
}
