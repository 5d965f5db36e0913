using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the Projection commands.</summary>
public static class ProjectionRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddProjectionCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
    }
}
