using System.Globalization;
using Continuum.Models.Projection;

namespace Continuum.Data.Demography;

/// <summary>
/// The options of a cohort-component projection from the shipped WPP 2019 tables, checked by one set of rules for
/// every front end (<c>continuum project</c> and the web's projection page). Years are calendar years (1 July);
/// the base year must have a shipped population (a multiple of 5 from 1950 to 2095) and the last year is at most 2100.
/// Problems name a logical field (<c>area</c>, <c>from</c>, <c>to</c>, <c>step</c>, <c>variant</c>, <c>migration</c>,
/// <c>migration_file</c>) passed through the caller's spelling, so the command line says <c>--from</c> and the web <c>from</c>.
/// </summary>
/// <param name="Area">Area to project (ISO3, M49 code or WPP name); required, resolved later against the shipped locations.</param>
/// <param name="From">Base year, a multiple of 5 in 1950–2095.</param>
/// <param name="To">Last year projected, after <paramref name="From"/> and at most 2100.</param>
/// <param name="Step">Step length in years: 1 or 5; with 5, <paramref name="To"/> − <paramref name="From"/> is a multiple of 5.</param>
/// <param name="Variant">WPP variant of mortality and fertility; only <c>medium</c> is shipped.</param>
/// <param name="Migration">Net migration: <c>zero</c>, <c>medium</c> or <c>file</c> (case-insensitive).</param>
/// <param name="HasMigrationFile">True when a migration file is supplied; required with, and only with, <c>file</c>.</param>
public sealed record ProjectionOptions(
    string? Area,
    int From = ProjectionOptions.DefaultFrom,
    int To = ProjectionOptions.DefaultTo,
    int Step = ProjectionOptions.DefaultStep,
    string Variant = ProjectionOptions.DefaultVariant,
    string Migration = ProjectionOptions.DefaultMigration,
    bool HasMigrationFile = false)
{
    /// <summary>Default base year.</summary>
    public const int DefaultFrom = 2020;

    /// <summary>Default last year.</summary>
    public const int DefaultTo = 2050;

    /// <summary>Default step, years.</summary>
    public const int DefaultStep = 5;

    /// <summary>Default (and only shipped) variant.</summary>
    public const string DefaultVariant = "medium";

    /// <summary>Default net migration assumption.</summary>
    public const string DefaultMigration = "medium";

    /// <summary>The migration assumption named by <see cref="Migration"/> (anything unknown reads as medium; see <see cref="FindProblem"/>).</summary>
    public MigrationAssumption MigrationAssumption => Migration.Trim().ToUpperInvariant() switch
    {
        "ZERO" => MigrationAssumption.Zero,
        "FILE" => MigrationAssumption.Supplied,
        _ => MigrationAssumption.Medium,
    };

    /// <summary>The projection step of <see cref="Step"/> (valid after <see cref="Validate"/>).</summary>
    public ProjectionStep ProjectionStep => Step == 1 ? ProjectionStep.OneYear : ProjectionStep.FiveYears;

    /// <summary>
    /// The first broken rule as an <see cref="InputException"/> (not thrown) whose <see cref="InputException.Field"/> is the
    /// field in the caller's <paramref name="spell"/>ing (logical name when null), or null when the options are valid.
    /// </summary>
    public InputException? FindProblem(Func<string, string>? spell = null)
    {
        var name = spell ?? (f => f);
        if (string.IsNullOrWhiteSpace(Area))
        {
            return new InputException($"is required (e.g. {name("area")} CAN)", field: name("area"));
        }

        if (From is < 1950 or > 2095 || From % 5 != 0)
        {
            return new InputException(Invariant($"{From} is not allowed; use a multiple of 5 from 1950 to 2095 (years with a WPP 2019 population)"), field: name("from"));
        }

        if (To <= From || To > 2100)
        {
            return new InputException(Invariant($"{To} is not allowed; use a year after {name("from")} ({From}) and no later than 2100"), field: name("to"));
        }

        if (Step is not (1 or 5))
        {
            return new InputException(Invariant($"{Step} is not allowed; use 1 or 5"), field: name("step"));
        }

        return Step == 5 && (To - From) % 5 != 0
            ? new InputException(Invariant($"{To} is not a whole number of 5-year steps from {From}; use {name("step")} 1 or another year"), field: name("to"))
            : ChoiceProblem(name);
    }

    /// <summary>Returns these options, or throws the problem found by <see cref="FindProblem"/>.</summary>
    public ProjectionOptions Validate(Func<string, string>? spell = null) => FindProblem(spell) is { } problem ? throw problem : this;

    private InputException? ChoiceProblem(Func<string, string> name)
    {
        if (!string.Equals(Variant.Trim(), "medium", StringComparison.OrdinalIgnoreCase))
        {
            return new InputException($"'{OptionText.Clip(Variant)}' is not allowed; only medium is shipped (WPP 2019)", field: name("variant"));
        }

        if (Migration.Trim().ToUpperInvariant() is not ("ZERO" or "MEDIUM" or "FILE"))
        {
            return new InputException($"'{OptionText.Clip(Migration)}' is not allowed; use zero, medium or file", field: name("migration"));
        }

        return (MigrationAssumption == MigrationAssumption.Supplied) != HasMigrationFile
            ? new InputException($"file and {name("migration_file")} FILE go together", field: name("migration"))
            : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
