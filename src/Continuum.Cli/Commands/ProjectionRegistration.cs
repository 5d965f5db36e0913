using Continuum.Cli.Commands.Projection;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands;

/// <summary>
/// Registers the Projection commands: <c>project</c> and <c>workforce</c> (the working-age aggregation). They are
/// two root commands rather than a branch so that <c>continuum project --help</c> lists the projection's options.
/// </summary>
public static class ProjectionRegistration
{
    /// <summary>Adds the commands of this area to <paramref name="config"/>.</summary>
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
}
