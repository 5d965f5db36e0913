using Spectre.Console;

namespace Continuum.Cli.Commands.Projection;

/// <summary>
/// Spells the libraries' logical option names (<c>migration_file</c>) as the command line's options
/// (<c>--migration-file</c>) and turns a library's option problem into a usage error.
/// </summary>
public static class OptionSpelling
{
    /// <summary>The command-line option for logical field <paramref name="field"/>: <c>--</c> and dashes for underscores.</summary>
    public static string Cli(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return "--" + field.Replace('_', '-');
    }

    /// <summary>Success when <paramref name="problem"/> is null, else a usage error "<c>--option problem</c>".</summary>
    public static ValidationResult ToValidation(InputException? problem) =>
        problem is null ? ValidationResult.Success() : ValidationResult.Error($"{problem.Field} {problem.Problem}");
}
