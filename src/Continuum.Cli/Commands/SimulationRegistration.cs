using Continuum.Cli.Commands.Simulation;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the Simulation commands: run, runs list|show|export, bench.</summary>
public static class SimulationRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddSimulationCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<RunCommand>("run")
            .WithDescription("Run a microsimulation scenario (TOML) and store its results.")
            .WithExample("run", "scenarios/small.toml", "--out", "small.csv");
    }
}
