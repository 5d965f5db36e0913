using System.Globalization;

namespace Continuum.Data.Demography;

/// <summary>
/// The options of the working-age comparison (<c>continuum workforce</c> and the web's workforce page): persons in an
/// age range of whole 5-year groups for some areas in two years of the shipped WPP 2019 population, checked by one set
/// of rules. Problems name a logical field (<c>areas</c>, <c>years</c>, <c>ages</c>) passed through the caller's spelling.
/// </summary>
/// <param name="Areas">Comma-separated areas (ISO3, M49 codes or WPP names); at least one.</param>
/// <param name="Years">Two increasing years, multiples of 5 in 1950–2100, separated by a comma (e.g. <c>2005,2050</c>).</param>
/// <param name="Ages">An age range of whole 5-year groups within 0–100 (100 = 100+), e.g. <c>15-64</c>.</param>
public sealed record WorkingAgeOptions(
    string Areas = WorkingAgeOptions.DefaultAreas,
    string Years = WorkingAgeOptions.DefaultYears,
    string Ages = WorkingAgeOptions.DefaultAges)
{
    /// <summary>Default areas: Africa (903) and Asia (935).</summary>
    public const string DefaultAreas = "903,935";

    /// <summary>Default years.</summary>
    public const string DefaultYears = "2005,2050";

    /// <summary>Default age range.</summary>
    public const string DefaultAges = "15-64";

    /// <summary>The areas as a list (blank entries dropped, trimmed).</summary>
    public IReadOnlyList<string> AreaList => Areas.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The two years (valid after <see cref="Validate"/>; (−1, −1) when not a pair of numbers).</summary>
    public (int From, int To) YearPair => OptionText.Pair(Years, ',');

    /// <summary>The age range in completed years, both ends included (valid after <see cref="Validate"/>).</summary>
    public (int From, int To) AgeRange => OptionText.Pair(Ages, '-');

    /// <summary>The range as shown in tables: <c>15-64</c>, or <c>65+</c> when it ends at 100.</summary>
    public string AgeLabel => AgeRange.To >= 100
        ? string.Create(CultureInfo.InvariantCulture, $"{AgeRange.From}+")
        : string.Create(CultureInfo.InvariantCulture, $"{AgeRange.From}-{AgeRange.To}");

    /// <summary>
    /// The first broken rule as an <see cref="InputException"/> (not thrown) whose <see cref="InputException.Field"/> is the
    /// field in the caller's <paramref name="spell"/>ing (logical name when null), or null when the options are valid.
    /// </summary>
    public InputException? FindProblem(Func<string, string>? spell = null)
    {
        var name = spell ?? (f => f);
        if (AreaList.Count == 0)
        {
            return new InputException("needs at least one area", field: name("areas"));
        }

        var (y0, y1) = YearPair;
        if (y0 is < 1950 or > 2100 || y1 is < 1950 or > 2100 || y0 % 5 != 0 || y1 % 5 != 0 || y0 >= y1)
        {
            return new InputException($"'{OptionText.Clip(Years)}' is not allowed; give two increasing multiples of 5 from 1950 to 2100, e.g. 2005,2050", field: name("years"));
        }

        var (a0, a1) = AgeRange;
        return a0 < 0 || a0 % 5 != 0 || a1 > 100 || a1 < a0 || (a1 != 100 && a1 % 5 != 4)
            ? new InputException($"'{OptionText.Clip(Ages)}' is not allowed; give whole 5-year groups within 0–100, e.g. 15-64", field: name("ages"))
            : null;
    }

    /// <summary>Returns these options, or throws the problem found by <see cref="FindProblem"/>.</summary>
    public WorkingAgeOptions Validate(Func<string, string>? spell = null) => FindProblem(spell) is { } problem ? throw problem : this;
}
