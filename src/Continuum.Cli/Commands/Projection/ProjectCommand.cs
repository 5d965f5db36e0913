using Continuum.Data.Demography;
using Continuum.Data.IO;
using Continuum.Models.Projection;

namespace Continuum.Cli.Commands.Projection;

/// <summary>
/// <c>continuum project --area ISO3 --from Y --to Y</c>: a cohort-component projection from the WPP 2019
/// population with the medium variant's mortality and fertility and the chosen net migration. The table
/// format prints totals and broad age groups by year (with the WPP 2019 medium total to compare); csv and
/// json print one row per area, year, sex and single year of age (a stable interface).
/// </summary>
public sealed class ProjectCommand : Command<ProjectSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ProjectSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var wpp = WppDemography.LoadShipped();
        var location = wpp.Locations.Resolve(settings.Area!);
        var supplied = settings.MigrationFile is null ? null : SuppliedNetMigration.Read(settings.MigrationFile, location.Code);
        var inputs = wpp.Inputs(location, settings.From, settings.To, settings.MigrationAssumption, supplied);
        var result = CohortComponentProjection.Project(inputs, settings.To, settings.Options.ProjectionStep);
        var summary = ProjectionTables.Summary(location, result, wpp);
        if (settings.OutputFormat == OutputFormat.Table)
        {
            summary.Write(OutputFormat.Table, Console.Out, AnsiConsole.Console);
        }
        else
        {
            ProjectionTables.SingleYears(location, result).Write(settings.OutputFormat, Console.Out);
        }

        if (settings.Out is not null)
        {
            var format = settings.Out.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? OutputFormat.Json : OutputFormat.Csv;
            var rows = ProjectionTables.SingleYears(location, result);
            AtomicFile.WriteText(settings.Out, writer => rows.Write(format, writer));
        }

        if (settings.Chart is not null)
        {
            ProjectionTables.SaveChart(settings.Chart, location, result, wpp);
        }

        return CliApp.Ok;
    }
}
