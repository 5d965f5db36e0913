using Continuum.Cli.Infrastructure;
using System.ComponentModel;
using System.Globalization;
using Continuum.Data.Demography;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Projection;

/// <summary>Options of <c>continuum project</c>.</summary>
public sealed class ProjectSettings : ModelOutputSettings
{
    /// <summary>Area to project: ISO3, UN M49 code or WPP 2019 name.</summary>
    [CommandOption("--area <AREA>")]
    [Description("Area: ISO3 code (CAN), UN M49 code (903 = Africa) or WPP name.")]
    public string? Area { get; init; }

    /// <summary>Base year (1 July), a multiple of 5 from 1950 to 2095.</summary>
    [CommandOption("--from <YEAR>")]
    [Description("Base year, a multiple of 5 (1950–2095); the WPP 2019 population of that year is the start. Default 2020.")]
    [DefaultValue(2020)]
    public int From { get; init; } = 2020;

    /// <summary>Last year projected (≤ 2100).</summary>
    [CommandOption("--to <YEAR>")]
    [Description("Last year to project (up to 2100). Default 2050.")]
    [DefaultValue(2050)]
    public int To { get; init; } = 2050;

    /// <summary>WPP variant of mortality and fertility; only medium is shipped.</summary>
    [CommandOption("--variant <VARIANT>")]
    [Description("WPP 2019 variant for mortality and fertility: medium (the only one shipped).")]
    [DefaultValue("medium")]
    public string Variant { get; init; } = "medium";

    /// <summary>Net migration: zero, medium or file.</summary>
    [CommandOption("--migration <MIGRATION>")]
    [Description("Net migration: medium (WPP 2019 totals, WPP 2024 age–sex pattern; default), zero, or file (see --migration-file).")]
    [DefaultValue("medium")]
    public string Migration { get; init; } = "medium";

    /// <summary>CSV of net migration for <c>--migration file</c>.</summary>
    [CommandOption("--migration-file <FILE>")]
    [Description("CSV with period_start,sex,age_start,net_migration_thousands (thousands per 5-year period), for --migration file.")]
    public string? MigrationFile { get; init; }

    /// <summary>Step length in years: 1 or 5.</summary>
    [CommandOption("--step <YEARS>")]
    [Description("Projection step: 5 (UN method on 5-year groups; default) or 1 (single years of age).")]
    [DefaultValue(5)]
    public int Step { get; init; } = 5;

    /// <summary>File for the single-year-of-age rows (CSV, or JSON when it ends in .json).</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the rows area,year,sex,age_start,population to this file (CSV; JSON if it ends in .json).")]
    public string? Out { get; init; }

    /// <summary>The parsed migration assumption.</summary>
    public MigrationAssumption MigrationAssumption => Migration.ToUpperInvariant() switch
    {
        "ZERO" => MigrationAssumption.Zero,
        "FILE" => MigrationAssumption.Supplied,
        _ => MigrationAssumption.Medium,
    };

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        string? problem = null;
        if (string.IsNullOrWhiteSpace(Area))
        {
            problem = "--area is required (e.g. --area CAN)";
        }
        else if (From is < 1950 or > 2095 || From % 5 != 0)
        {
            problem = Invariant($"--from {From} is not allowed; use a multiple of 5 from 1950 to 2095 (years with a WPP 2019 population)");
        }
        else if (To <= From || To > 2100)
        {
            problem = Invariant($"--to {To} is not allowed; use a year after --from ({From}) and no later than 2100");
        }
        else if (Step is not (1 or 5))
        {
            problem = Invariant($"--step {Step} is not allowed; use 1 or 5");
        }
        else if (Step == 5 && (To - From) % 5 != 0)
        {
            problem = Invariant($"--to {To} is not a whole number of 5-year steps from {From}; use --step 1 or another --to");
        }
        else
        {
            problem = ValidateChoices();
        }

        return problem is null ? ValidationResult.Success() : ValidationResult.Error(problem);
    }

    private string? ValidateChoices()
    {
        if (!string.Equals(Variant, "medium", StringComparison.OrdinalIgnoreCase))
        {
            return $"--variant '{Variant}' is not allowed; only medium is shipped (WPP 2019)";
        }

        if (Migration.ToUpperInvariant() is not ("ZERO" or "MEDIUM" or "FILE"))
        {
            return $"--migration '{Migration}' is not allowed; use zero, medium or file";
        }

        if ((MigrationAssumption == MigrationAssumption.Supplied) != (MigrationFile is not null))
        {
            return "--migration file and --migration-file FILE go together";
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
