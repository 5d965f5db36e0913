using Continuum.Data.Demography;

namespace Continuum.Cli.Commands.Projection;

/// <summary>Options of <c>continuum workforce</c>.</summary>
public sealed class WorkingAgeSettings : ModelOutputSettings
{
    /// <summary>Comma-separated areas (ISO3, M49 codes or WPP names).</summary>
    [CommandOption("--areas <AREAS>")]
    [Description("Comma-separated areas: ISO3, UN M49 codes or WPP names (default 903,935 = Africa, Asia).")]
    [DefaultValue(WorkingAgeOptions.DefaultAreas)]
    public string Areas { get; init; } = WorkingAgeOptions.DefaultAreas;

    /// <summary>Two comma-separated years, multiples of 5 from 1950 to 2100.</summary>
    [CommandOption("--years <FROM,TO>")]
    [Description("Two years, multiples of 5 from 1950 to 2100 (default 2005,2050).")]
    [DefaultValue(WorkingAgeOptions.DefaultYears)]
    public string Years { get; init; } = WorkingAgeOptions.DefaultYears;

    /// <summary>Age range in whole 5-year groups, e.g. 15-64.</summary>
    [CommandOption("--ages <FROM-TO>")]
    [Description("Age range as whole 5-year groups, e.g. 15-64 (default) or 15-59; 100 means 100+.")]
    [DefaultValue(WorkingAgeOptions.DefaultAges)]
    public string Ages { get; init; } = WorkingAgeOptions.DefaultAges;

    /// <summary>The options as the library's record (shared with the web).</summary>
    public WorkingAgeOptions Options => new(Areas, Years, Ages);

    /// <summary>The parsed area list.</summary>
    public IReadOnlyList<string> AreaList => Options.AreaList;

    /// <summary>The two parsed years (valid after <see cref="Validate"/>).</summary>
    public (int From, int To) YearPair => Options.YearPair;

    /// <summary>The parsed age range (valid after <see cref="Validate"/>).</summary>
    public (int From, int To) AgeRange => Options.AgeRange;

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        return baseResult.Successful ? OptionSpelling.ToValidation(Options.FindProblem(OptionSpelling.Cli)) : baseResult;
    }
}
