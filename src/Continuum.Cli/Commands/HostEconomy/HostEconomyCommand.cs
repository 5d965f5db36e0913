using Continuum.Cli.Commands.Projection;
using Continuum.Data.Demography;
using Continuum.Models.HostEconomy;

namespace Continuum.Cli.Commands.HostEconomy;

/// <summary>
/// <c>continuum model host-economy</c>: base admissions against base plus extra admissions (default +100,000
/// a year for ten years from 2012) in the FOCUS-lite model with Canadian parameters from the shipped data;
/// prints per-year differences (csv columns <c>year,indicator,base,scenario,difference,unit</c>) or, with
/// <c>--sensitivity</c>, the year-10 effects under one-at-a-time parameter changes.
/// </summary>
public sealed class HostEconomyCommand : Command<HostEconomySettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, HostEconomySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (parameters, labour) = Load(settings);
        var table = settings.Sensitivity
            ? HostEconomyTables.Sensitivity(HostEconomySensitivity.Run(parameters, labour))
            : HostEconomyTables.Yearly(HostEconomyModel.Run(parameters, labour), settings.OutputFormat == OutputFormat.Table);
        table.Write(settings.OutputFormat, Console.Out, AnsiConsole.Console);
        if (settings.Chart is not null)
        {
            HostEconomyTables.SaveChart(settings.Chart, HostEconomyModel.Run(parameters, labour));
        }

        return CliApp.Ok;
    }

    /// <summary>The data-based parameters with the command line's overrides, and the labour input; range errors name the option.</summary>
    public static (HostEconomyParameters Parameters, LabourInput Labour) Load(HostEconomySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = settings.Options;
        var extra = settings.ExtraLabour is null ? null : ExtraLabourFile.Read(settings.ExtraLabour, options.From, options.HorizonYears);
        return OptionSpelling.NameOptions(() => options.Load(WppDemography.LoadShipped(), settings.Overrides, extra));
    }
}
