using Continuum.Cli.Infrastructure;
using System.ComponentModel;
using Continuum.Cli.Commands.Projection;
using Continuum.Data.Demography;
using Continuum.Models.HostEconomy;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.HostEconomy;

/// <summary>Options of <c>continuum model host-economy</c>; parameter overrides default to the data-based values.</summary>
public sealed class HostEconomySettings : ModelOutputSettings
{
    /// <summary>Extra permanent residents per year.</summary>
    [CommandOption("--extra-admissions <PERSONS>")]
    [Description("Extra permanent residents per year (0–5,000,000; default 100000).")]
    [DefaultValue(HostEconomyOptions.DefaultExtraAdmissions)]
    public double ExtraAdmissions { get; init; } = HostEconomyOptions.DefaultExtraAdmissions;

    /// <summary>First scenario year.</summary>
    [CommandOption("--from <YEAR>")]
    [Description("First year of extra admissions, 2006–2014 (the years the StatCan and IRCC tables cover; default 2012).")]
    [DefaultValue(HostEconomyOptions.DefaultFrom)]
    public int From { get; init; } = HostEconomyOptions.DefaultFrom;

    /// <summary>Years of extra admissions.</summary>
    [CommandOption("--years <YEARS>")]
    [Description("Years with extra admissions, 1–50 (default 10).")]
    [DefaultValue(HostEconomyOptions.DefaultYears)]
    public int Years { get; init; } = HostEconomyOptions.DefaultYears;

    /// <summary>Years simulated; defaults to <see cref="Years"/>.</summary>
    [CommandOption("--horizon <YEARS>")]
    [Description("Years simulated, from --years to 60 (default: --years).")]
    public int? Horizon { get; init; }

    /// <summary>Where the base population comes from.</summary>
    [CommandOption("--base-population <SOURCE>")]
    [Description("Base population: wpp (WPP 2019 interpolated; default) or projection (1-year cohort-component projection).")]
    [DefaultValue(HostEconomyOptions.DefaultBasePopulation)]
    public string BasePopulation { get; init; } = HostEconomyOptions.DefaultBasePopulation;

    /// <summary>Optional external extra-labour series.</summary>
    [CommandOption("--extra-labour <FILE>")]
    [Description("CSV year,population,adults,employment,effective_labour replacing the model's own immigrant cohorts.")]
    public string? ExtraLabour { get; init; }

    /// <summary>Print the sensitivity table instead of the yearly differences.</summary>
    [CommandOption("--sensitivity")]
    [Description("Print the sensitivity of the year-10 effects to the key parameters instead of the yearly table.")]
    public bool Sensitivity { get; init; }

    /// <summary>Override: relative productivity at landing.</summary>
    [CommandOption("--relative-productivity <RATIO>")]
    [Description("Immigrants' productivity at landing relative to the average worker, 0–1.5 (default 0.62).")]
    public double? RelativeProductivity { get; init; }

    /// <summary>Override: productivity convergence years.</summary>
    [CommandOption("--productivity-convergence-years <YEARS>")]
    [Description("Years for the productivity gap to shrink by a factor e, 0.1–200 (default 20).")]
    public double? ProductivityConvergenceYears { get; init; }

    /// <summary>Override: emigration rate of the extra immigrants.</summary>
    [CommandOption("--emigration-rate <PER_YEAR>")]
    [Description("Yearly emigration rate of the extra immigrants, 0–0.5 (default: StatCan emigrants / population).")]
    public double? EmigrationRate { get; init; }

    /// <summary>Override: labour share.</summary>
    [CommandOption("--labour-share <SHARE>")]
    [Description("Labour share of income, 0.3–0.9 (default PWT labsh).")]
    public double? LabourShare { get; init; }

    /// <summary>Override: capital adjustment speed.</summary>
    [CommandOption("--capital-adjustment <PER_YEAR>")]
    [Description("Share of the business and housing capital gap closed each year, 0–1 (default 0.25).")]
    public double? CapitalAdjustment { get; init; }

    /// <summary>Override: demand multiplier.</summary>
    [CommandOption("--demand-multiplier <M>")]
    [Description("Demand multiplier on net extra investment, 0–3 (default 1; 0 = supply side only).")]
    public double? DemandMultiplier { get; init; }

    /// <summary>Override: Okun coefficient.</summary>
    [CommandOption("--okun <COEFFICIENT>")]
    [Description("Points of unemployment per percent output gap, 0–2 (default: estimated from WDI, Canada 1991–2019).")]
    public double? Okun { get; init; }

    /// <summary>Override: population-scaled spending share.</summary>
    [CommandOption("--population-scaled-spending <SHARE>")]
    [Description("Share of government spending that scales with population, 0–1 (default 0.75).")]
    public double? PopulationScaledSpending { get; init; }

    /// <summary>The scenario options as the library's record (shared with the web).</summary>
    public HostEconomyOptions Options => new(ExtraAdmissions, From, Years, Horizon, BasePopulation);

    /// <summary>The parameter overrides as the library's record (shared with the web).</summary>
    public HostEconomyOverrides Overrides => new(RelativeProductivity, ProductivityConvergenceYears, EmigrationRate, LabourShare,
        CapitalAdjustment, DemandMultiplier, Okun, PopulationScaledSpending);

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        return baseResult.Successful ? OptionSpelling.ToValidation(Options.FindProblem(OptionSpelling.Cli)) : baseResult;
    }
}
