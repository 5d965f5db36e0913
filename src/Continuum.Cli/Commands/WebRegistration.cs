using Continuum.Cli.Commands.Web;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the web dashboard command.</summary>
public static class WebRegistration
{
    /// <summary>Adds <c>serve</c>.</summary>
    public static void AddWebCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Start the web dashboard (evidence, data explorer, models, scenarios) and its JSON API on this machine.")
            .WithExample("serve")
            .WithExample("serve", "--urls", "http://0.0.0.0:5080", "--token", "a-long-secret", "--max-runs", "4");
    }
}
