using Continuum.Cli.Commands.Indicators;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the <c>indicators</c> commands.</summary>
public static class IndicatorsRegistration
{
    /// <summary>Adds <c>indicators sdg-10c1|sdg-1071|ratios|change|corridors|remittance-costs</c>.</summary>
    public static void AddIndicatorCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch<CommandSettings>("indicators", ind =>
        {
            ind.SetDescription("Standard indicators: SDG 10.c.1 and 10.7.1, remittance ratios, crisis changes, corridors.");
            ind.AddCommand<Sdg10c1Command>("sdg-10c1").WithDescription("SDG 10.c.1 global average and SmaRT from provider-level quotes.")
                .WithExample("indicators", "sdg-10c1", "--input", "data/examples/rpw_provider_quotes_example.csv");
            ind.AddCommand<Sdg1071Command>("sdg-1071").WithDescription("SDG 10.7.1 recruitment cost in months of earnings, by corridor.")
                .WithExample("indicators", "sdg-1071", "--input", "data/examples/recruitment_costs_example.csv");
            ind.AddCommand<FlowRatiosCommand>("ratios").WithDescription("Remittances over ODA, FDI and GDP; migrant stock share.");
            ind.AddCommand<CrisisChangeCommand>("change").WithDescription("Year-on-year and peak-to-trough change of flows (2008-09 crisis).");
            ind.AddCommand<CorridorsCommand>("corridors").WithDescription("Top corridors of the 2017 bilateral matrices; destination counts.");
            ind.AddCommand<RemittanceCostsCommand>("remittance-costs").WithDescription("RPW corridor average costs for a quarter.");
        });
    }
}
