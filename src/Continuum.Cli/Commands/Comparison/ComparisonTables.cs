using Continuum.Cli.Infrastructure;
using Continuum.Core.Development;
using Continuum.Data.Development;

namespace Continuum.Cli.Commands.Comparison;

/// <summary>Tables and charts of a comparison.</summary>
public static class ComparisonTables
{
    /// <summary>The CSV/JSON columns (a stable interface).</summary>
    public static readonly string[] Columns = ["year", "area", "indicator", "a", "b", "difference", "lower", "upper", "unit"];

    /// <summary>The indicators the table view shows.</summary>
    public static readonly string[] KeyIndicators = [.. IndicatorDefinition.KeyIndicators.Select(i => i.Code)];

    /// <summary>Every row; <paramref name="yearsAsText"/> keeps "2021" from being shown as "2,021" in the terminal.</summary>
    public static ResultTable Full(IEnumerable<ComparisonRow> rows, string title, bool yearsAsText = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new ResultTable(Columns) { Title = title };
        foreach (var r in rows)
        {
            table.Add(yearsAsText ? r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : r.Year, r.Area, r.Indicator, Cell(r.A), Cell(r.B), Cell(r.Difference), Cell(r.Lower), Cell(r.Upper), r.Unit);
        }

        return table;
    }

    /// <summary>The key indicators in year 10 of the run (or the horizon if sooner) and the horizon year.</summary>
    public static ResultTable Summary(ComparisonResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        var dims = result.A.Inputs.Dimensions;
        return Summary(result.Rows, dims.Countries, dims.BaseYear, dims.HorizonYear, title);
    }

    /// <summary>The key indicators of <paramref name="rows"/> in year 10 after <paramref name="baseYear"/> (or the horizon if sooner) and the horizon year.</summary>
    public static ResultTable Summary(IEnumerable<ComparisonRow> rows, IReadOnlyList<string> countries, int baseYear, int horizonYear, string title)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(countries);
        int[] years = [Math.Min(baseYear + 11, horizonYear), horizonYear];
        var chosen = rows.Where(r => years.Contains(r.Year) && KeyIndicators.Contains(r.Indicator))
            .OrderBy(r => r.Year).ThenBy(r => Array.IndexOf(KeyIndicators, r.Indicator)).ThenBy(r => IndexOf(countries, r.Area));
        return Full(chosen.DistinctBy(r => (r.Year, r.Area, r.Indicator)), title, yearsAsText: true);
    }

    /// <summary>A PNG of B − A for real GDP as a percentage of A, per area, with the band.</summary>
    public static void SaveChart(string path, ComparisonResult result, string indicator = "real_gdp")
    {
        ArgumentNullException.ThrowIfNull(result);
        SaveChart(path, $"{result.B.Scenario.Name} − {result.A.Scenario.Name}: {indicator}", result.Rows, result.A.Inputs.Dimensions.Countries, indicator);
    }

    /// <summary>A PNG of B − A for <paramref name="indicator"/> as a percentage of A, one line per area with its band.</summary>
    public static void SaveChart(string path, string title, IReadOnlyList<ComparisonRow> rows, IReadOnlyList<string> countries, string indicator = "real_gdp") =>
        LineChart.SavePng(path, title, "year", "difference, % of A", Series(rows, countries, indicator));

    /// <summary>One series per area: the difference in percent of A, with its band.</summary>
    public static List<ChartSeries> Series(ComparisonResult result, string indicator)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Series(result.Rows, result.A.Inputs.Dimensions.Countries, indicator);
    }

    /// <summary>One series per area of <paramref name="countries"/>: the difference in percent of A, with its band (areas with no difference are left out).</summary>
    public static List<ChartSeries> Series(IReadOnlyList<ComparisonRow> allRows, IReadOnlyList<string> countries, string indicator)
    {
        ArgumentNullException.ThrowIfNull(allRows);
        ArgumentNullException.ThrowIfNull(countries);
        var series = new List<ChartSeries>();
        foreach (var area in countries)
        {
            var rows = allRows.Where(r => r.Indicator == indicator && r.Area == area).OrderBy(r => r.Year).ToList();
            if (rows.Count == 0 || rows.All(r => r.Difference == 0))
            {
                continue;
            }

            double Pct(double v, double a) => a != 0 && double.IsFinite(v) ? 100 * v / a : double.NaN;
            var hasBand = rows.All(r => double.IsFinite(r.Lower));
            series.Add(new ChartSeries(area, rows.Select(r => (double)r.Year).ToArray(), rows.Select(r => Pct(r.Difference, r.A)).ToArray(),
                hasBand ? rows.Select(r => Pct(r.Lower, r.A)).ToArray() : null, hasBand ? rows.Select(r => Pct(r.Upper, r.A)).ToArray() : null));
        }

        return series;
    }

    /// <summary>The human-capital decomposition every five years: tertiary share (percent) and mean years of schooling.</summary>
    public static ResultTable Decomposition(IReadOnlyList<HumanCapitalYear> years, string title)
    {
        ArgumentNullException.ThrowIfNull(years);
        var table = new ResultTable("year", "measure", "closed", "all_channels", "drain", "incentive", "return") { Title = title };
        foreach (var y in years.Where(y => y.Year % 5 == 0 || y == years[^1]))
        {
            var d = y.Decomposition;
            var year = y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            table.Add(year, "tertiary_share_percent", 100 * d.Closed.TertiaryShare, 100 * d.All.TertiaryShare, 100 * d.Drain.TertiaryShare,
                100 * d.Incentive.TertiaryShare, 100 * d.Return.TertiaryShare);
            table.Add(year, "mean_years_schooling", d.Closed.MeanYearsOfSchooling, d.All.MeanYearsOfSchooling, d.Drain.MeanYearsOfSchooling,
                d.Incentive.MeanYearsOfSchooling, d.Return.MeanYearsOfSchooling);
        }

        return table;
    }

    private static object? Cell(double v) => double.IsFinite(v) ? v : null;

    private static int IndexOf(IReadOnlyList<string> countries, string area)
    {
        for (var i = 0; i < countries.Count; i++)
        {
            if (countries[i] == area)
            {
                return i;
            }
        }

        return countries.Count;
    }
}
