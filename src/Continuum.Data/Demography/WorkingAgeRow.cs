namespace Continuum.Data.Demography;

/// <summary>
/// Persons in an age range for one area (or the sum of several) in two years of the shipped WPP 2019 population
/// (estimates to 2020, medium variant after): the rows of <c>continuum workforce</c> and the web's workforce page.
/// </summary>
/// <param name="Area">The area's label (ISO3, or the M49 code for regions), or <see cref="TotalArea"/>.</param>
/// <param name="Name">WPP name, or the names joined with " + " for the total.</param>
/// <param name="PersonsFrom">Persons in the first year.</param>
/// <param name="PersonsTo">Persons in the second year.</param>
public sealed record WorkingAgeRow(string Area, string Name, double PersonsFrom, double PersonsTo)
{
    /// <summary>The area label of the row that sums several areas.</summary>
    public const string TotalArea = "total";

    /// <summary>Change between the years, persons.</summary>
    public double ChangePersons => PersonsTo - PersonsFrom;

    /// <summary>Change between the years in percent of the first, or null when the first is 0.</summary>
    public double? ChangePercent => PersonsFrom > 0 ? ((PersonsTo / PersonsFrom) - 1) * 100 : null;

    /// <summary>
    /// One row per location in <paramref name="locations"/> (in order) for validated <paramref name="options"/>, then a
    /// <see cref="TotalArea"/> row summing them when there are several.
    /// </summary>
    public static IReadOnlyList<WorkingAgeRow> Compare(WppDemography wpp, IReadOnlyList<WppLocation> locations, WorkingAgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(wpp);
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(options);
        var (years, ages) = (options.YearPair, options.AgeRange);
        var rows = locations.Select(l => new WorkingAgeRow(l.Label, l.Name,
            wpp.PopulationInAges(l.Code, years.From, ages.From, ages.To), wpp.PopulationInAges(l.Code, years.To, ages.From, ages.To))).ToList();
        if (locations.Count > 1)
        {
            rows.Add(new WorkingAgeRow(TotalArea, string.Join(" + ", locations.Select(l => l.Name)), rows.Sum(r => r.PersonsFrom), rows.Sum(r => r.PersonsTo)));
        }

        return rows;
    }

    /// <summary>Every fifth year from the first to the second year of validated <paramref name="options"/> (the years with a shipped population).</summary>
    public static int[] ChartYears(WorkingAgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (from, to) = options.YearPair;
        return Enumerable.Range(0, ((to - from) / 5) + 1).Select(i => from + (5 * i)).ToArray();
    }
}
