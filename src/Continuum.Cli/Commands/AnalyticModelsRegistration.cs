using Continuum.Cli.Commands.AnalyticModels;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the AnalyticModels commands.</summary>
public static class AnalyticModelsRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddAnalyticModelCommands(this IConfigurator<CommandSettings> config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<BrainGainCommand>("brain-gain")
            .WithDescription("Brain drain, brain gain and brain return: residents' human capital against the emigration probability.");
        config.AddCommand<InequalityCommand>("inequality")
            .WithDescription("Gini of total income decomposed by income source, with the marginal effect of each source.");
        config.AddCommand<ReturnsCommand>("returns")
            .WithDescription("Place premium and private, origin-social and host-social NPVs of one emigrant's career.");
    }
}
