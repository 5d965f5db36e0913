using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the Data commands.</summary>
public static class DataRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddDataCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
    }
}
