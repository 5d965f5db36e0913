using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the Simulation commands.</summary>
public static class SimulationRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddSimulationCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
    }
}
