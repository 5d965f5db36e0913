using System.Globalization;
using Continuum.Cli.Infrastructure;
using Continuum.Data.Demography;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Projection;

/// <summary>
/// <c>continuum workforce --areas 903,935 --years 2005,2050</c>: persons in an age range (15–64 by
/// default) for each area in two years, from the shipped WPP 2019 population (estimates to 2020, medium
/// variant after), with the change; a <c>total</c> row sums the areas when there are several.
/// </summary>
public sealed class WorkingAgeCommand : Command<WorkingAgeSettings>
{
    /// <summary>The output columns.</summary>
    public static readonly string[] Columns = ["area", "name", "ages", "from_year", "to_year", "population_from_k", "population_to_k", "change_k", "change_pct"];

    /// <inheritdoc/>
    public override int Execute(CommandContext context, WorkingAgeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var wpp = WppDemography.LoadShipped();
        var table = Build(wpp, settings.AreaList.Select(a => wpp.Locations.Resolve(a, "areas")).ToList(), settings.YearPair, settings.AgeRange,
            yearsAsText: settings.OutputFormat == OutputFormat.Table);
        table.Write(settings.OutputFormat, Console.Out, AnsiConsole.Console);
        if (settings.Chart is not null)
        {
            SaveChart(settings.Chart, wpp, settings);
        }

        return CliApp.Ok;
    }

    /// <summary>The table for <paramref name="locations"/>, thousands of persons; years as text for the terminal (no thousands separator).</summary>
    public static ResultTable Build(WppDemography wpp, IReadOnlyList<WppLocation> locations, (int From, int To) years, (int From, int To) ages,
        bool yearsAsText = false)
    {
        ArgumentNullException.ThrowIfNull(wpp);
        ArgumentNullException.ThrowIfNull(locations);
        var label = ages.To >= 100 ? $"{ages.From}+" : $"{ages.From}-{ages.To}";
        var table = new ResultTable(Columns) { Title = $"Population aged {label}, WPP 2019 (estimates; medium variant after 2020), thousands" };
        double sumFrom = 0, sumTo = 0;
        foreach (var location in locations)
        {
            var from = wpp.PopulationInAges(location.Code, years.From, ages.From, ages.To);
            var to = wpp.PopulationInAges(location.Code, years.To, ages.From, ages.To);
            sumFrom += from;
            sumTo += to;
            AddRow(table, location.Label, location.Name, label, years, from, to, yearsAsText);
        }

        if (locations.Count > 1)
        {
            AddRow(table, "total", string.Join(" + ", locations.Select(l => l.Name)), label, years, sumFrom, sumTo, yearsAsText);
        }

        return table;
    }

    private static void AddRow(ResultTable table, string area, string name, string ages, (int From, int To) years, double from, double to, bool yearsAsText) =>
        table.Add(area, name, ages, Year(years.From, yearsAsText), Year(years.To, yearsAsText), from / 1e3, to / 1e3, (to - from) / 1e3, from > 0 ? ((to / from) - 1) * 100 : double.NaN);

    private static object Year(int year, bool asText) => asText ? year.ToString(CultureInfo.InvariantCulture) : year;

    private static void SaveChart(string path, WppDemography wpp, WorkingAgeSettings settings)
    {
        var (a0, a1) = settings.AgeRange;
        var (y0, y1) = settings.YearPair;
        var years = Enumerable.Range(0, ((y1 - y0) / 5) + 1).Select(i => y0 + (5 * i)).ToArray();
        var series = settings.AreaList.Select(a => wpp.Locations.Resolve(a, "areas")).Select(l => new ChartSeries(l.Name,
            years.Select(y => (double)y).ToArray(), years.Select(y => wpp.PopulationInAges(l.Code, y, a0, a1) / 1e6).ToArray())).ToList();
        LineChart.SavePng(path, $"Population aged {settings.Ages} (WPP 2019)", "year", "million persons", series);
    }
}
