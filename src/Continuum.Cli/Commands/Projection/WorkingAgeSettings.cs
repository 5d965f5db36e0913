using Continuum.Cli.Infrastructure;
using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Projection;

/// <summary>Options of <c>continuum workforce</c>.</summary>
public sealed class WorkingAgeSettings : ModelOutputSettings
{
    /// <summary>Comma-separated areas (ISO3, M49 codes or WPP names).</summary>
    [CommandOption("--areas <AREAS>")]
    [Description("Comma-separated areas: ISO3, UN M49 codes or WPP names (default 903,935 = Africa, Asia).")]
    [DefaultValue("903,935")]
    public string Areas { get; init; } = "903,935";

    /// <summary>Two comma-separated years, multiples of 5 from 1950 to 2100.</summary>
    [CommandOption("--years <FROM,TO>")]
    [Description("Two years, multiples of 5 from 1950 to 2100 (default 2005,2050).")]
    [DefaultValue("2005,2050")]
    public string Years { get; init; } = "2005,2050";

    /// <summary>Age range in whole 5-year groups, e.g. 15-64.</summary>
    [CommandOption("--ages <FROM-TO>")]
    [Description("Age range as whole 5-year groups, e.g. 15-64 (default) or 15-59; 100 means 100+.")]
    [DefaultValue("15-64")]
    public string Ages { get; init; } = "15-64";

    /// <summary>The parsed area list.</summary>
    public IReadOnlyList<string> AreaList => Areas.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The two parsed years (valid after <see cref="Validate"/>).</summary>
    public (int From, int To) YearPair => ParsePair(Years, ',');

    /// <summary>The parsed age range (valid after <see cref="Validate"/>).</summary>
    public (int From, int To) AgeRange => ParsePair(Ages, '-');

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        if (AreaList.Count == 0)
        {
            return ValidationResult.Error("--areas needs at least one area");
        }

        var (y0, y1) = YearPair;
        if (y0 is < 1950 or > 2100 || y1 is < 1950 or > 2100 || y0 % 5 != 0 || y1 % 5 != 0 || y0 >= y1)
        {
            return ValidationResult.Error($"--years '{Years}' is not allowed; give two increasing multiples of 5 from 1950 to 2100, e.g. 2005,2050");
        }

        var (a0, a1) = AgeRange;
        return a0 < 0 || a0 % 5 != 0 || a1 > 100 || a1 < a0 || (a1 != 100 && a1 % 5 != 4)
            ? ValidationResult.Error($"--ages '{Ages}' is not allowed; give whole 5-year groups within 0–100, e.g. 15-64")
            : ValidationResult.Success();
    }

    private static (int, int) ParsePair(string text, char separator)
    {
        var parts = text.Split(separator, StringSplitOptions.TrimEntries);
        return parts.Length == 2 &&
               int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a) &&
               int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            ? (a, b)
            : (-1, -1);
    }
}
