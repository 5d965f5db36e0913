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

    /// <summary>
    /// Runs <paramref name="compute"/>; a library error about a parameter the user gave as an option (a field and no file,
    /// e.g. <c>demand_multiplier</c>) is rethrown naming the option (<c>--demand-multiplier</c>).
    /// </summary>
    public static T NameOptions<T>(Func<T> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        try
        {
            return compute();
        }
        catch (InputException ex) when (ex.Field is not null && ex.File is null && !ex.Field.StartsWith("--", StringComparison.Ordinal))
        {
            throw new InputException(ex.Problem, field: Cli(ex.Field), inner: ex);
        }
    }

    /// <summary>Success when every given value is allowed by its spec, else a usage error naming the first option that is not.</summary>
    public static ValidationResult Check(params (ParameterSpec Spec, double? Value)[] options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (spec, value) in options)
        {
            if (value is { } v && Problem(spec, v) is { } problem)
            {
                return ValidationResult.Error($"{spec.OptionName} {problem.Problem}");
            }
        }

        return ValidationResult.Success();
    }

    private static InputException? Problem(ParameterSpec spec, double value)
    {
        try
        {
            spec.Check(value);
            return null;
        }
        catch (InputException ex)
        {
            return ex;
        }
    }
}
