using Continuum.Cli.Commands.Projection;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>Registers the Projection commands: <c>project</c> and <c>project working-age</c>.</summary>
public static class ProjectionRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
    public static void AddProjectionCommands(this IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch("project", project =>
        {
            project.SetDescription("Cohort-component population projection (UN WPP method) and working-age totals.");
            project.SetDefaultCommand<ProjectCommand>();
            project.AddCommand<WorkingAgeCommand>("working-age")
                .WithDescription("Population aged 15–64 (or --ages) for any areas and two years, from WPP 2019 (estimates and medium variant).");
        });
    }
}
