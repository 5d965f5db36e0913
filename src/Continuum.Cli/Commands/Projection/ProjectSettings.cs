using Continuum.Data.Demography;

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
    [DefaultValue(ProjectionOptions.DefaultFrom)]
    public int From { get; init; } = ProjectionOptions.DefaultFrom;

    /// <summary>Last year projected (≤ 2100).</summary>
    [CommandOption("--to <YEAR>")]
    [Description("Last year to project (up to 2100). Default 2050.")]
    [DefaultValue(ProjectionOptions.DefaultTo)]
    public int To { get; init; } = ProjectionOptions.DefaultTo;

    /// <summary>WPP variant of mortality and fertility; only medium is shipped.</summary>
    [CommandOption("--variant <VARIANT>")]
    [Description("WPP 2019 variant for mortality and fertility: medium (the only one shipped).")]
    [DefaultValue(ProjectionOptions.DefaultVariant)]
    public string Variant { get; init; } = ProjectionOptions.DefaultVariant;

    /// <summary>Net migration: zero, medium or file.</summary>
    [CommandOption("--migration <MIGRATION>")]
    [Description("Net migration: medium (WPP 2019 totals, WPP 2024 age–sex pattern; default), zero, or file (see --migration-file).")]
    [DefaultValue(ProjectionOptions.DefaultMigration)]
    public string Migration { get; init; } = ProjectionOptions.DefaultMigration;

    /// <summary>CSV of net migration for <c>--migration file</c>.</summary>
    [CommandOption("--migration-file <FILE>")]
    [Description("CSV with period_start,sex,age_start,net_migration_thousands (thousands per 5-year period), for --migration file.")]
    public string? MigrationFile { get; init; }

    /// <summary>Step length in years: 1 or 5.</summary>
    [CommandOption("--step <YEARS>")]
    [Description("Projection step: 5 (UN method on 5-year groups; default) or 1 (single years of age).")]
    [DefaultValue(ProjectionOptions.DefaultStep)]
    public int Step { get; init; } = ProjectionOptions.DefaultStep;

    /// <summary>File for the single-year-of-age rows (CSV, or JSON when it ends in .json).</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the rows area,year,sex,age_start,population to this file (CSV; JSON if it ends in .json).")]
    public string? Out { get; init; }

    /// <summary>The options as the library's record (shared with the web).</summary>
    public ProjectionOptions Options => new(Area, From, To, Step, Variant, Migration, MigrationFile is not null);

    /// <summary>The parsed migration assumption.</summary>
    public MigrationAssumption MigrationAssumption => Options.MigrationAssumption;

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        return baseResult.Successful ? OptionSpelling.ToValidation(Options.FindProblem(OptionSpelling.Cli)) : baseResult;
    }
}
