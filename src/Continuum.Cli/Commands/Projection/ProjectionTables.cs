using System.Globalization;
using Continuum.Data.Demography;
using Continuum.Models.Projection;

namespace Continuum.Cli.Commands.Projection;

/// <summary>Turns a <see cref="ProjectionResult"/> into the command's tables and chart.</summary>
public static class ProjectionTables
{
    /// <summary>The columns of the single-year rows (a stable interface).</summary>
    public static readonly string[] SingleYearColumns = ["area", "year", "sex", "age_start", "population"];

    /// <summary>One row per year, sex (F, M) and single year of age 0..100 (100 = 100+), persons.</summary>
    public static ResultTable SingleYears(WppLocation location, ProjectionResult result)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(result);
        var table = new ResultTable(SingleYearColumns);
        for (var i = 0; i < result.YearCount; i++)
        {
            foreach (var sex in (ReadOnlySpan<Sex>)[Sex.Female, Sex.Male])
            {
                var ages = result.SingleYearAges(i, sex);
                for (var age = 0; age < ages.Length; age++)
                {
                    table.Add(location.Label, result.Year(i), sex == Sex.Female ? "F" : "M", age, ages[age]);
                }
            }
        }

        return table;
    }

    /// <summary>Totals, broad age groups and the step's flows by year, in thousands, with the WPP 2019 medium total where shipped.</summary>
    public static ResultTable Summary(WppLocation location, ProjectionResult result, WppDemography wpp)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(wpp);
        var table = new ResultTable("year", "population_k", "age_0_14_k", "age_15_64_k", "age_65_plus_k", "births_k", "deaths_k",
            "net_migration_k", "wpp2019_population_k", "difference_pct")
        {
            Title = $"{location.Name}: cohort-component projection, thousands on 1 July ({(int)result.Step}-year steps)",
        };
        foreach (var r in ProjectionSummaryRow.Of(result, location, wpp))
        {
            table.Add(r.Year.ToString(CultureInfo.InvariantCulture), r.Population / 1e3, r.Ages0To14 / 1e3, r.Ages15To64 / 1e3, r.Ages65Plus / 1e3,
                r.Births / 1e3, r.Deaths / 1e3, r.NetMigration / 1e3, r.Wpp2019Population / 1e3, r.DifferencePercent);
        }

        return table;
    }

    /// <summary>Writes a PNG of the projected total against the WPP 2019 medium total.</summary>
    public static void SaveChart(string path, WppLocation location, ProjectionResult result, WppDemography wpp)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(wpp);
        var years = Enumerable.Range(0, result.YearCount).Select(i => (double)result.Year(i)).ToArray();
        var totals = Enumerable.Range(0, result.YearCount).Select(i => result.Total(i) / 1e6).ToArray();
        var published = Enumerable.Range(0, result.YearCount).Select(result.Year).Where(y => wpp.HasPopulation(location.Code, y)).ToArray();
        LineChart.SavePng(path, $"{location.Name}: projected population", "year", "million persons",
        [
            new ChartSeries("this projection", years, totals),
            new ChartSeries("WPP 2019 (estimates, medium variant)", published.Select(y => (double)y).ToArray(),
                published.Select(y => wpp.PopulationInAges(location.Code, y, 0, 100) / 1e6).ToArray()),
        ]);
    }
}
