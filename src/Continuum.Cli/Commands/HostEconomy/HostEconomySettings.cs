using Continuum.Cli.Commands.Projection;
using Continuum.Data.Demography;
using Continuum.Models.HostEconomy;

namespace Continuum.Cli.Commands.HostEconomy;

/// <summary>Options of <c>continuum model host-economy</c>; parameter overrides default to the data-based values.</summary>
public sealed class HostEconomySettings : ModelOutputSettings
{
    /// <summary>Extra permanent residents per year.</summary>
    [CommandOption("--extra-admissions <PERSONS>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.ExtraAdmissions))]
    [DefaultValue(HostEconomyOptions.DefaultExtraAdmissions)]
    public double ExtraAdmissions { get; init; } = HostEconomyOptions.DefaultExtraAdmissions;

    /// <summary>First scenario year.</summary>
    [CommandOption("--from <YEAR>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.From))]
    [DefaultValue(HostEconomyOptions.DefaultFrom)]
    public int From { get; init; } = HostEconomyOptions.DefaultFrom;

    /// <summary>Years of extra admissions.</summary>
    [CommandOption("--years <YEARS>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.Years))]
    [DefaultValue(HostEconomyOptions.DefaultYears)]
    public int Years { get; init; } = HostEconomyOptions.DefaultYears;

    /// <summary>Years simulated; defaults to <see cref="Years"/>.</summary>
    [CommandOption("--horizon <YEARS>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.Horizon))]
    public int? Horizon { get; init; }

    /// <summary>Where the base population comes from.</summary>
    [CommandOption("--base-population <SOURCE>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.BasePopulation))]
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
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.RelativeProductivity))]
    public double? RelativeProductivity { get; init; }

    /// <summary>Override: productivity convergence years.</summary>
    [CommandOption("--productivity-convergence-years <YEARS>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.ProductivityConvergenceYears))]
    public double? ProductivityConvergenceYears { get; init; }

    /// <summary>Override: emigration rate of the extra immigrants.</summary>
    [CommandOption("--emigration-rate <PER_YEAR>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.EmigrationRate))]
    public double? EmigrationRate { get; init; }

    /// <summary>Override: labour share.</summary>
    [CommandOption("--labour-share <SHARE>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.LabourShare))]
    public double? LabourShare { get; init; }

    /// <summary>Override: capital adjustment speed.</summary>
    [CommandOption("--capital-adjustment <PER_YEAR>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.CapitalAdjustment))]
    public double? CapitalAdjustment { get; init; }

    /// <summary>Override: demand multiplier.</summary>
    [CommandOption("--demand-multiplier <M>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.DemandMultiplier))]
    public double? DemandMultiplier { get; init; }

    /// <summary>Override: Okun coefficient.</summary>
    [CommandOption("--okun <COEFFICIENT>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.Okun))]
    public double? Okun { get; init; }

    /// <summary>Override: population-scaled spending share.</summary>
    [CommandOption("--population-scaled-spending <SHARE>")]
    [SpecHelp(typeof(HostEconomySpecs), nameof(HostEconomySpecs.PopulationScaledSpending))]
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
