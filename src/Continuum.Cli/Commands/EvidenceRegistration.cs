using Continuum.Cli.Commands.Evidence;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the <c>evidence</c> command.</summary>
public static class EvidenceRegistration
{
    /// <summary>Adds <c>evidence</c>.</summary>
    public static void AddEvidenceCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<EvidenceCommand>("evidence")
            .WithDescription("Check the seminar's claims against the data: claimed, measured, verdict, source and vintage.")
            .WithExample("evidence")
            .WithExample("evidence", "--format", "html", "--out", "evidence.html");
    }
}
