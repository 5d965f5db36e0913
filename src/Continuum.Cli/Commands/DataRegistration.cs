using Continuum.Cli.Commands.Data;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the <c>data</c> commands.</summary>
public static class DataRegistration
{
    /// <summary>Adds <c>data import|list|show|export</c>.</summary>
    public static void AddDataCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch<CommandSettings>("data", data =>
        {
            data.SetDescription("Import public data, list and show series, export to CSV or Parquet.");
            data.AddCommand<DataImportCommand>("import").WithDescription("Import files (format detected from content); all-or-nothing per file.")
                .WithExample("data", "import", "data/wdi/SP.POP.TOTL.csv", "--vintage", "WDI 2026-07");
            data.AddCommand<DataListCommand>("list").WithDescription("List the series in the store with source, vintage and coverage.");
            data.AddCommand<DataShowCommand>("show").WithDescription("Show an indicator for areas and years, naming the vintage used.")
                .WithExample("data", "show", "--indicator", "BX.TRF.PWKR.CD.DT", "--area", "LMY", "--years", "2005:2015");
            data.AddCommand<DataExportCommand>("export").WithDescription("Export observations with provenance to CSV or Parquet.")
                .WithExample("data", "export", "--format", "parquet", "--out", "observations.parquet");
        });
    }
}
