using System.ComponentModel;
using Continuum.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Continuum.Cli.Commands.Data;

/// <summary><c>continuum data list</c>: every series in the store with its source, vintage and coverage.</summary>
public sealed class DataListCommand : Command<DataListCommand.Settings>
{
    /// <summary>Options of <c>data list</c>.</summary>
    public sealed class Settings : StoreTableSettings
    {    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = DataServices.OpenForReading(settings);
        var table = new ResultTable("indicator", "name", "unit", "source", "vintage", "areas", "first_year", "last_year", "observations")
        {
            Title = "Series in " + store.Path,
        };
        var rows = store.Query("""
            SELECT o.indicator, coalesce(i.name, ''), min(o.unit), o.source, o.vintage, count(DISTINCT o.area), min(o.year), max(o.year), count(*)
            FROM observations o LEFT JOIN indicators i USING (indicator)
            GROUP BY o.indicator, i.name, o.source, o.vintage ORDER BY o.indicator, o.vintage
            """, r => new object?[] { r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetInt64(5), r.GetInt32(6), r.GetInt32(7), r.GetInt64(8) });
        foreach (var row in rows)
        {
            table.Add(row);
        }

        table.Write(settings.Format, Console.Out, AnsiConsole.Console);
        return CliApp.Ok;
    }
}
