using Continuum.Cli.Commands.Projection;
using Continuum.Models.BrainGain;

namespace Continuum.Cli.Commands.AnalyticModels;

/// <summary>Options of <c>continuum model brain-gain</c>.</summary>
public sealed class BrainGainSettings : ModelOutputSettings
{
    /// <summary>Which model: two-period (Mayr–Peri style) or bdr (Beine–Docquier–Rapoport).</summary>
    [CommandOption("--model <MODEL>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.Model))]
    [DefaultValue("two-period")]
    public string Model { get; init; } = "two-period";

    /// <summary>Number of steps between p = 0 and --p-max.</summary>
    [CommandOption("--steps <N>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.Steps))]
    [DefaultValue(EmigrationGrid.DefaultSteps)]
    public int Steps { get; init; } = EmigrationGrid.DefaultSteps;

    /// <summary>Largest emigration probability shown.</summary>
    [CommandOption("--p-max <P>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.PMax))]
    [DefaultValue(EmigrationGrid.DefaultPMax)]
    public double PMax { get; init; } = EmigrationGrid.DefaultPMax;

    /// <summary>BDR: lowest education cost.</summary>
    [CommandOption("--cost-min <C>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.CostMin))]
    [DefaultValue(0.0)]
    public double CostMin { get; init; }

    /// <summary>BDR: highest education cost.</summary>
    [CommandOption("--cost-max <C>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.CostMax))]
    [DefaultValue(1.0)]
    public double CostMax { get; init; } = 1.0;

    /// <summary>BDR: closed-economy cost threshold c0.</summary>
    [CommandOption("--c0 <C>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.C0))]
    [DefaultValue(0.3)]
    public double ClosedThreshold { get; init; } = 0.3;

    /// <summary>BDR: Δ, threshold shift per unit of p.</summary>
    [CommandOption("--delta <D>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.Delta))]
    [DefaultValue(0.4)]
    public double Delta { get; init; } = 0.4;

    /// <summary>Two-period: foreign wage per efficiency unit (home = 1).</summary>
    [CommandOption("--foreign-wage <W>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.ForeignWage))]
    public double? ForeignWage { get; init; }

    /// <summary>Two-period: home preference λ.</summary>
    [CommandOption("--home-preference <L>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.HomePreference))]
    public double? HomePreference { get; init; }

    /// <summary>Two-period: return premium Γ.</summary>
    [CommandOption("--return-premium <G>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.ReturnPremium))]
    public double? ReturnPremium { get; init; }

    /// <summary>Two-period: migration cost.</summary>
    [CommandOption("--migration-cost <C>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.MigrationCost))]
    public double? MigrationCost { get; init; }

    /// <summary>Two-period: schooling cost.</summary>
    [CommandOption("--schooling-cost <C>")]
    [SpecHelp(typeof(BrainGainSpecs), nameof(BrainGainSpecs.SchoolingCost))]
    public double? SchoolingCost { get; init; }

    /// <summary>The two-period parameters: the documented example with any overrides.</summary>
    public TwoPeriodParameters BuildTwoPeriodParameters() =>
        TwoPeriodParameters.EasternEuropeExample(ForeignWage, HomePreference, ReturnPremium, MigrationCost, SchoolingCost);

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        if (Model is not ("two-period" or "bdr"))
        {
            return ValidationResult.Error($"--model '{Model}' is not allowed; use two-period or bdr");
        }

        return OptionSpelling.ToValidation(EmigrationGrid.FindProblem(Steps, PMax, OptionSpelling.Cli));
    }
}
