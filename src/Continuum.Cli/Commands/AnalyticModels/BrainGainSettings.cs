using Continuum.Cli.Infrastructure;
using System.ComponentModel;
using Continuum.Cli.Commands.Projection;
using Continuum.Models.BrainGain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.AnalyticModels;

/// <summary>Options of <c>continuum model brain-gain</c>.</summary>
public sealed class BrainGainSettings : ModelOutputSettings
{
    /// <summary>Which model: two-period (Mayr–Peri style) or bdr (Beine–Docquier–Rapoport).</summary>
    [CommandOption("--model <MODEL>")]
    [Description("two-period (default; Mayr–Peri style, with decomposition) or bdr (Beine–Docquier–Rapoport threshold model).")]
    [DefaultValue("two-period")]
    public string Model { get; init; } = "two-period";

    /// <summary>Number of steps between p = 0 and --p-max.</summary>
    [CommandOption("--steps <N>")]
    [Description("Number of steps of p between 0 and --p-max (1–1000).")]
    [DefaultValue(EmigrationGrid.DefaultSteps)]
    public int Steps { get; init; } = EmigrationGrid.DefaultSteps;

    /// <summary>Largest emigration probability shown.</summary>
    [CommandOption("--p-max <P>")]
    [Description("Largest emigration probability shown, in (0, 1]].")]
    [DefaultValue(EmigrationGrid.DefaultPMax)]
    public double PMax { get; init; } = EmigrationGrid.DefaultPMax;

    /// <summary>BDR: lowest education cost.</summary>
    [CommandOption("--cost-min <C>")]
    [Description("bdr: lowest education cost (wage units).")]
    [DefaultValue(0.0)]
    public double CostMin { get; init; }

    /// <summary>BDR: highest education cost.</summary>
    [CommandOption("--cost-max <C>")]
    [Description("bdr: highest education cost (wage units).")]
    [DefaultValue(1.0)]
    public double CostMax { get; init; } = 1.0;

    /// <summary>BDR: closed-economy cost threshold c0.</summary>
    [CommandOption("--c0 <C>")]
    [Description("bdr: closed-economy cost threshold c0 (wage units).")]
    [DefaultValue(0.3)]
    public double ClosedThreshold { get; init; } = 0.3;

    /// <summary>BDR: Δ, threshold shift per unit of p.</summary>
    [CommandOption("--delta <D>")]
    [Description("bdr: Δ, expected skill premium abroad per unit of p (wage units).")]
    [DefaultValue(0.4)]
    public double Delta { get; init; } = 0.4;

    /// <summary>Two-period: foreign wage per efficiency unit (home = 1).</summary>
    [CommandOption("--foreign-wage <W>")]
    [Description("two-period: foreign wage per efficiency unit, home = 1 (default 2.0).")]
    public double? ForeignWage { get; init; }

    /// <summary>Two-period: home preference λ.</summary>
    [CommandOption("--home-preference <L>")]
    [Description("two-period: home preference λ ≥ 1 (default 1.7).")]
    public double? HomePreference { get; init; }

    /// <summary>Two-period: return premium Γ.</summary>
    [CommandOption("--return-premium <G>")]
    [Description("two-period: returnee's extra home wage per period, wage units (default 0.3).")]
    public double? ReturnPremium { get; init; }

    /// <summary>Two-period: migration cost.</summary>
    [CommandOption("--migration-cost <C>")]
    [Description("two-period: one-off migration cost, wage units (default 0.1).")]
    public double? MigrationCost { get; init; }

    /// <summary>Two-period: schooling cost.</summary>
    [CommandOption("--schooling-cost <C>")]
    [Description("two-period: schooling cost, wage units (default fixes a closed-economy schooled share of 12.77%).")]
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
