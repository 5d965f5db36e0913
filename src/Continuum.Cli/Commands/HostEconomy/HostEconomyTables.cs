using System.Globalization;
using Continuum.Models.HostEconomy;

namespace Continuum.Cli.Commands.HostEconomy;

/// <summary>The host-economy command's tables and chart.</summary>
public static class HostEconomyTables
{
    /// <summary>The yearly table's columns (a stable interface).</summary>
    public static readonly string[] Columns = ["year", "indicator", "base", "scenario", "difference", "unit"];

    /// <summary>One row per year and indicator; <c>unit</c> names the level unit and the difference's unit.</summary>
    public static ResultTable Yearly(HostEconomyResult result, bool yearsAsText = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new ResultTable(Columns)
        {
            Title = $"Host economy: base vs base + extra admissions, {result.StartYear}–{result.StartYear + result.Years - 1}; " +
                    $"real GDP {result.GdpEffectAtEndOfAdmissions.ToString("0.00", CultureInfo.InvariantCulture)}% above base in year {result.AdmissionYears}",
        };
        for (var i = 0; i < result.Years; i++)
        {
            var year = result.StartYear + i;
            foreach (var ind in result.Indicators)
            {
                table.Add(yearsAsText ? year.ToString(CultureInfo.InvariantCulture) : year, ind.Name, ind.Base[i], ind.Scenario[i], ind.Difference(i),
                    $"{ind.Unit}; difference in {ind.DifferenceUnit}");
            }
        }

        return table;
    }

    /// <summary>The sensitivity rows.</summary>
    public static ResultTable Sensitivity(IReadOnlyList<SensitivityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new ResultTable("parameter", "value", "real_gdp_pct", "gdp_per_capita_pct", "unemployment_points", "balance_points_of_gdp")
        {
            Title = "Effects in the last admission year under one-at-a-time parameter changes",
        };
        foreach (var r in rows)
        {
            table.Add(r.Parameter, r.Value, r.RealGdpPercent, r.GdpPerCapitaPercent, r.UnemploymentPoints, r.BalancePointsOfGdp);
        }

        return table;
    }

    /// <summary>Writes a PNG of the percent differences of population, real GDP and GDP per capita by year.</summary>
    public static void SaveChart(string path, HostEconomyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var years = Enumerable.Range(0, result.Years).Select(i => (double)(result.StartYear + i)).ToArray();
        var series = new[] { "population", "real_gdp", "gdp_per_capita", "employment" }
            .Select(name => new ChartSeries(name, years, Enumerable.Range(0, result.Years).Select(i => result[name].Difference(i)).ToArray()))
            .ToList();
        LineChart.SavePng(path, "Scenario minus base", "year", "percent difference from base", series);
    }
}
