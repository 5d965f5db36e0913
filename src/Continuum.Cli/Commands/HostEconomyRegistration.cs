using Continuum.Cli.Commands.HostEconomy;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the HostEconomy commands: <c>model host-economy</c>.</summary>
public static class HostEconomyRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddHostEconomyCommands(this IConfigurator<CommandSettings> config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<HostEconomyCommand>("host-economy")
            .WithDescription("Immigration macro model of a host economy (FOCUS-lite, Canada): base vs base + extra admissions.");
    }
}
