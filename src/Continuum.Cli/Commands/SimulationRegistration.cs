using Continuum.Cli.Commands.Simulation;

namespace Continuum.Cli.Commands;

/// <summary>Registers the Simulation commands: run, runs list|show|export|compare, bench.</summary>
public static class SimulationRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddSimulationCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<RunCommand>("run")
            .WithDescription("Run a microsimulation scenario (TOML) and store its results.")
            .WithExample("run", "scenarios/small.toml", "--out", "small.csv");
        config.AddBranch<CommandSettings>("runs", runs =>
        {
            runs.SetDescription("List, show, export and compare stored simulation runs.");
            runs.AddCommand<RunsListCommand>("list").WithDescription("List stored runs.");
            runs.AddCommand<RunsShowCommand>("show").WithDescription("Show a run's metadata and yearly totals.").WithExample("runs", "show", "4677812b01f3");
            runs.AddCommand<RunsExportCommand>("export").WithDescription("Export a run's results as CSV or Parquet.")
                .WithExample("runs", "export", "4677812b01f3", "--format", "parquet");
            runs.AddCommand<RunsCompareCommand>("compare")
                .WithDescription("Compare two stored runs: each development indicator's difference B − A per year with a paired t band (same seed and replicates) or Welch's t band.")
                .WithExample("runs", "compare", "4677812b01f3", "9a0c31d2e7b4", "--format", "csv");
        });
        config.AddCommand<BenchCommand>("bench")
            .WithDescription("Measure simulation speed (person-years per second on 1 and 2 threads) and memory per person.")
            .WithExample("bench", "--format", "json");
    }
}
