using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the HostEconomy commands.</summary>
public static class HostEconomyRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddHostEconomyCommands(this IConfigurator<CommandSettings> config)
    {
        ArgumentNullException.ThrowIfNull(config);
    }
}
