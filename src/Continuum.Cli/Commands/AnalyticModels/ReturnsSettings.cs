using Continuum.Cli.Commands.Projection;
using Continuum.Models.Returns;

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
    [SpecHelp(typeof(MigrationReturnsSpecs), nameof(MigrationReturnsSpecs.ReturnProbability))]
    public double? ReturnProbability { get; init; }

    /// <summary>Override of the file's remittance share.</summary>
    [CommandOption("--remittance-share <S>")]
    [SpecHelp(typeof(MigrationReturnsSpecs), nameof(MigrationReturnsSpecs.RemittanceShare))]
    public double? RemittanceShare { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        return OptionSpelling.Check((MigrationReturnsSpecs.ReturnProbability, ReturnProbability), (MigrationReturnsSpecs.RemittanceShare, RemittanceShare));
    }
}
