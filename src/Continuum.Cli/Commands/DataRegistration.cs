using Continuum.Cli.Commands.Data;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the <c>data</c> commands.</summary>
public static class DataRegistration
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
}
