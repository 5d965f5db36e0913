using System.Globalization;
using Continuum.Data.Demography;

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
        var options = settings.Options;
        var locations = options.AreaList.Select(a => wpp.Locations.Resolve(a, "areas")).ToList();
        var table = Build(WorkingAgeRow.Compare(wpp, locations, options), options, yearsAsText: settings.OutputFormat == OutputFormat.Table);
        table.Write(settings.OutputFormat, Console.Out, AnsiConsole.Console);
        if (settings.Chart is not null)
        {
            SaveChart(settings.Chart, wpp, locations, options);
        }

        return CliApp.Ok;
    }

    /// <summary>The table of <paramref name="rows"/>, thousands of persons; years as text for the terminal (no thousands separator).</summary>
    public static ResultTable Build(IReadOnlyList<WorkingAgeRow> rows, WorkingAgeOptions options, bool yearsAsText = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        var label = options.AgeLabel;
        var (from, to) = options.YearPair;
        var table = new ResultTable(Columns) { Title = $"Population aged {label}, WPP 2019 (estimates; medium variant after 2020), thousands" };
        foreach (var r in rows)
        {
            table.Add(r.Area, r.Name, label, Year(from, yearsAsText), Year(to, yearsAsText), r.PersonsFrom / 1e3, r.PersonsTo / 1e3,
                r.ChangePersons / 1e3, r.ChangePercent ?? double.NaN);
        }

        return table;
    }

    private static object Year(int year, bool asText) => asText ? year.ToString(CultureInfo.InvariantCulture) : year;

    private static void SaveChart(string path, WppDemography wpp, List<WppLocation> locations, WorkingAgeOptions options)
    {
        var (a0, a1) = options.AgeRange;
        var years = WorkingAgeRow.ChartYears(options);
        var series = locations.Select(l => new ChartSeries(l.Name,
            years.Select(y => (double)y).ToArray(), years.Select(y => wpp.PopulationInAges(l.Code, y, a0, a1) / 1e6).ToArray())).ToList();
        LineChart.SavePng(path, $"Population aged {options.Ages} (WPP 2019)", "year", "million persons", series);
    }
}
