using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the AnalyticModels commands.</summary>
public static class AnalyticModelsRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddAnalyticModelCommands(this IConfigurator<CommandSettings> config)
    {
        ArgumentNullException.ThrowIfNull(config);
    }
}
