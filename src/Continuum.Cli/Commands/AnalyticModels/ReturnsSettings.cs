using Continuum.Cli.Infrastructure;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.AnalyticModels;

/// <summary>Options of <c>continuum model returns</c>.</summary>
public sealed class ReturnsSettings : ModelOutputSettings
{
    /// <summary>The parameter file (CSV: parameter,value,unit,source).</summary>
    [CommandOption("--params <FILE>")]
    [Description("Parameter file (CSV: parameter,value,unit,source). Default: the shipped data/parameters/caribbean-nurse.csv.")]
    public string? Parameters { get; init; }

    /// <summary>Override of the file's return probability.</summary>
    [CommandOption("--return-probability <Q>")]
    [Description("Override the file's return probability, in [[0, 1]].")]
    public double? ReturnProbability { get; init; }

    /// <summary>Override of the file's remittance share.</summary>
    [CommandOption("--remittance-share <S>")]
    [Description("Override the file's share of net earnings remitted, in [[0, 1]].")]
    public double? RemittanceShare { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        if (ReturnProbability is { } q && !(q is >= 0 and <= 1))
        {
            return ValidationResult.Error($"--return-probability {q} is outside the allowed range [0, 1]");
        }

        return RemittanceShare is { } s && !(s is >= 0 and <= 1)
            ? ValidationResult.Error($"--remittance-share {s} is outside the allowed range [0, 1]")
            : ValidationResult.Success();
    }
}
