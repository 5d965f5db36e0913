namespace Continuum.Cli.Commands.AnalyticModels;

/// <summary>Options of <c>continuum model inequality</c>.</summary>
public sealed class InequalitySettings : ModelOutputSettings
{
    /// <summary>The household microdata CSV.</summary>
    [CommandOption("--input <FILE>")]
    [Description("Household CSV: household_id, optional weight, then one numeric column per income source.")]
    public string? Input { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        return !baseResult.Successful ? baseResult
            : string.IsNullOrWhiteSpace(Input) ? ValidationResult.Error("--input FILE is required")
            : ValidationResult.Success();
    }
}
