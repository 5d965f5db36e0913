using System.Globalization;
using Continuum.Data.Store;

namespace Continuum.Cli.Commands.Data;

/// <summary>
/// <c>continuum data list</c>: the datasets in the store (one imported file each: id, source, vintage, file, hash,
/// values, when and by what it was imported); with <c>--series</c>, every series with its source, vintage and coverage.
/// </summary>
public sealed class DataListCommand : Command<DataListCommand.Settings>
{
    /// <summary>Options of <c>data list</c>.</summary>
    public sealed class Settings : StoreTableSettings
    {
        /// <summary>List series instead of datasets.</summary>
        [CommandOption("--series")]
        [Description("List the series (indicator, source, vintage, areas, years, values) instead of the datasets.")]
        public bool Series { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = DataServices.OpenForReading(settings);
        var table = settings.Series ? SeriesTable(store) : DatasetTable(store);
        table.Write(settings.Format, Console.Out, AnsiConsole.Console);
        return CliApp.Ok;
    }

    /// <summary>One row per dataset; the hash is shortened to 12 hex digits (enough to tell files apart by eye).</summary>
    internal static ResultTable DatasetTable(ContinuumStore store)
    {
        var table = new ResultTable("id", "source", "vintage", "file", "sha256", "values", "already_present", "imported_at_utc", "imported_by", "shipped")
        {
            Title = "Datasets in " + store.Path + " (remove one with: data remove ID)",
        };
        foreach (var d in store.Datasets())
        {
            table.Add(d.Id, d.Source, d.Vintage, d.FileName, d.Sha256[..Math.Min(12, d.Sha256.Length)], d.Observations, d.AlreadyPresent,
                d.ImportedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), d.Origin, d.Shipped ? "yes" : "no");
        }

        return table;
    }

    private static ResultTable SeriesTable(ContinuumStore store)
    {
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

        return table;
    }
}
