namespace Continuum.Core.Output;

/// <summary>
/// Index arithmetic of the result cube: country × sex × age group × education × migration status, with
/// <see cref="MeasureCount"/> measures per cell. Age groups are 0–4, 5–9, …, 80–84, 85+.
/// </summary>
public sealed class ResultLayout
{
    /// <summary>Number of 5-year age groups (the last is 85+).</summary>
    public const int AgeGroups = 18;

    /// <summary>Education levels.</summary>
    public const int EducationLevels = 3;

    /// <summary>Migration statuses.</summary>
    public const int Statuses = 4;

    /// <summary>Measures per cell.</summary>
    public const int MeasureCount = 8;

    /// <summary>Cells per country.</summary>
    public const int CellsPerCountry = 2 * AgeGroups * EducationLevels * Statuses;

    /// <summary>A layout for <paramref name="countries"/> countries.</summary>
    public ResultLayout(int countries) => Countries = countries;

    /// <summary>Countries in the cube.</summary>
    public int Countries { get; }

    /// <summary>Length of one year's value array.</summary>
    public int Length => Countries * CellsPerCountry * MeasureCount;

    /// <summary>The age group of <paramref name="age"/>.</summary>
    public static int AgeGroup(int age) => age >= 85 ? AgeGroups - 1 : age / 5;

    /// <summary>Offset of the first measure of a cell.</summary>
    public static int Cell(int country, int sex, int ageGroup, int education, int status) =>
        ((((((country * 2) + sex) * AgeGroups) + ageGroup) * EducationLevels + education) * Statuses + status) * MeasureCount;

    /// <summary>The label of age group <paramref name="group"/>, e.g. "15-19" or "85+".</summary>
    public static string AgeGroupLabel(int group) =>
        group == AgeGroups - 1 ? "85+" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{group * 5}-{(group * 5) + 4}");
}
