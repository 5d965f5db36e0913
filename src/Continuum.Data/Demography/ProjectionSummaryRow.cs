using Continuum.Models.Projection;

namespace Continuum.Data.Demography;

/// <summary>
/// One year of a projection as <c>continuum project</c> and the web's projection page summarise it: totals and broad
/// age groups on 1 July, the flows of the step that ends in the year, and the WPP 2019 (estimates, medium variant)
/// total where shipped. All values are persons.
/// </summary>
/// <param name="Year">Calendar year (1 July).</param>
/// <param name="Population">Total population.</param>
/// <param name="Ages0To14">Persons aged 0–14.</param>
/// <param name="Ages15To64">Persons aged 15–64.</param>
/// <param name="Ages65Plus">Persons aged 65 and over.</param>
/// <param name="Births">Births over the step ending in <paramref name="Year"/>; null in the base year.</param>
/// <param name="Deaths">Deaths over the step ending in <paramref name="Year"/>; null in the base year.</param>
/// <param name="NetMigration">Net migration over the step ending in <paramref name="Year"/>; null in the base year.</param>
/// <param name="Wpp2019Population">The WPP 2019 total for the area and year; null when not shipped.</param>
public sealed record ProjectionSummaryRow(int Year, double Population, double Ages0To14, double Ages15To64, double Ages65Plus,
    double? Births, double? Deaths, double? NetMigration, double? Wpp2019Population)
{
    /// <summary>This projection against WPP 2019 in percent (positive when above), or null without a WPP 2019 total.</summary>
    public double? DifferencePercent => Wpp2019Population is { } published ? ((Population / published) - 1) * 100 : null;

    /// <summary>One row per year of <paramref name="result"/>, a projection of <paramref name="location"/>.</summary>
    public static IReadOnlyList<ProjectionSummaryRow> Of(ProjectionResult result, WppLocation location, WppDemography wpp)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(wpp);
        var rows = new ProjectionSummaryRow[result.YearCount];
        for (var i = 0; i < rows.Length; i++)
        {
            var year = result.Year(i);
            double? published = wpp.HasPopulation(location.Code, year) ? wpp.PopulationInAges(location.Code, year, 0, 100) : null;
            rows[i] = new ProjectionSummaryRow(year, result.Total(i), result.AgeRangeTotal(i, 0, 14), result.AgeRangeTotal(i, 15, 64),
                result.AgeRangeTotal(i, 65, 100), Flow(result.Births, i), Flow(result.Deaths, i), Flow(result.NetMigration, i), published);
        }

        return rows;
    }

    private static double? Flow(Func<int, double> flow, int yearIndex) => yearIndex == 0 ? null : flow(yearIndex - 1);
}
