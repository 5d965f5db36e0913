using Continuum.Cli.Commands.Comparison;

namespace Continuum.Cli.Commands;

/// <summary>Registers the scenario comparison command: compare.</summary>
public static class ComparisonRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddComparisonCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<CompareCommand>("compare")
            .WithDescription("Compare two scenarios with common random numbers: each indicator's difference per year with a paired t band.")
            .WithExample("compare", "scenarios/baseline.toml", "scenarios/canada-plus-100k.toml", "--replicates", "20", "--format", "csv");
    }
}
