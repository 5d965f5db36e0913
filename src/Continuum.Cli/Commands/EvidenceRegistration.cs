using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the Evidence commands.</summary>
public static class EvidenceRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddEvidenceCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
    }
}
