using Continuum.Cli.Commands.AnalyticModels;
using Continuum.Cli.Commands.Data;
using Continuum.Cli.Commands.Evidence;
using Continuum.Cli.Commands.HostEconomy;
using Continuum.Cli.Commands.Indicators;
using Continuum.Cli.Commands.Projection;
using Continuum.Cli.Commands.Web;

namespace Continuum.Cli.Commands;

/// <summary>
/// Registers the command groups (except <c>run</c>/<c>runs</c>/<c>bench</c> and <c>compare</c>, which have their own
/// registrations): one method per group, with its names, descriptions and examples. <c>project</c> and <c>workforce</c>
/// are two root commands rather than a branch so that <c>continuum project --help</c> lists the projection's options.
/// </summary>
public static class CommandRegistrations
{
    /// <summary>Adds <c>data import|list|remove|show|export</c>.</summary>
    public static void AddDataCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch<CommandSettings>("data", data =>
        {
            data.SetDescription("Import public data, list and remove datasets, show series, export to CSV or Parquet.");
            data.AddCommand<DataImportCommand>("import").WithDescription("Import files (format detected from content); all-or-nothing per file, --replace to correct an earlier import.")
                .WithExample("data", "import", "my/SP.POP.TOTL.csv", "--vintage", "WDI 2026-10 (own)");
            data.AddCommand<DataListCommand>("list").WithDescription("List the datasets in the store (id, source, vintage, file, hash, values, imported when and by what); --series lists series.");
            data.AddCommand<DataRemoveCommand>("remove").WithDescription("Remove one dataset and all its values, atomically (shipped data only with --shipped).")
                .WithExample("data", "remove", "12");
            data.AddCommand<DataShowCommand>("show").WithDescription("Show an indicator for areas and years, naming the vintage used.")
                .WithExample("data", "show", "--indicator", "BX.TRF.PWKR.CD.DT", "--area", "LMY", "--years", "2005:2015");
            data.AddCommand<DataExportCommand>("export").WithDescription("Export observations with provenance to CSV or Parquet.")
                .WithExample("data", "export", "--format", "parquet", "--out", "observations.parquet");
        });
    }

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

    /// <summary>Adds <c>model brain-gain|inequality|returns</c> to the <c>model</c> branch.</summary>
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

    /// <summary>Adds <c>model host-economy</c> to the <c>model</c> branch.</summary>
    public static void AddHostEconomyCommands(this IConfigurator<CommandSettings> config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<HostEconomyCommand>("host-economy")
            .WithDescription("Immigration macro model of a host economy (FOCUS-lite, Canada): base vs base + extra admissions.");
    }

    /// <summary>Adds <c>project</c> and <c>workforce</c>.</summary>
    public static void AddProjectionCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<ProjectCommand>("project")
            .WithDescription("Cohort-component population projection (UN WPP method) from the WPP 2019 population.")
            .WithExample("project", "--area", "CAN", "--from", "2020", "--to", "2050");
        config.AddCommand<WorkingAgeCommand>("workforce")
            .WithDescription("Working-age population (15–64 or --ages) for any areas and two years, WPP 2019 estimates and medium variant.")
            .WithExample("workforce", "--areas", "903,935", "--years", "2005,2050");
    }

    /// <summary>Adds <c>evidence</c>.</summary>
    public static void AddEvidenceCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<EvidenceCommand>("evidence")
            .WithDescription("Check the seminar's claims against the data: claimed, measured, verdict, source and vintage.")
            .WithExample("evidence")
            .WithExample("evidence", "--format", "html", "--out", "evidence.html");
    }

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
