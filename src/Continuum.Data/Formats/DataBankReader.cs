using System.Globalization;
using System.Text.RegularExpressions;
using Continuum.Data.Areas;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Reads a World Bank DataBank CSV export such as the Remittance Prices Worldwide corridor file: two dimension
/// pairs <c>&lt;X&gt; Name</c>/<c>&lt;X&gt; Code</c> (the first is the Area, e.g. "Sending Countries"; the second the
/// Counterpart, e.g. "Receiving Countries", whose header has a double space), <c>Series Code</c>, and period
/// columns like <c>2011Q1 [YR2011Q1]</c> (Period "2011Q1", Year 2011). <c>..</c> is missing. The footer lines
/// <c>Data from database: …</c> and <c>Last Updated: MM/DD/YYYY</c> give the source and the vintage
/// ("RPW 2020-12-07" for Remittance Prices Worldwide; otherwise the database name and date); a file without the
/// footer is rejected as truncated. Unit: "percent" for <c>ATCR.CORR</c> (average total cost of sending USD 200), else "".
/// </summary>
public static partial class DataBankReader
{
    /// <summary>Reads <paramref name="path"/> with the shipped area table.</summary>
    public static ReadResult Read(string path) => Read(path, AreaRegistry.LoadDefault());

    /// <summary>Reads <paramref name="path"/>, resolving codes with <paramref name="areas"/>.</summary>
    public static ReadResult Read(string path, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var csv = CsvFile.Read(path);
        CsvRows.RequireSound(csv);
        csv.RequireColumns("Series Code");
        var dims = csv.Header.Where(h => h.EndsWith(" Code", StringComparison.Ordinal) && h != "Series Code").ToList();
        if (dims.Count == 0)
        {
            throw new InputException("the header has no dimension code column such as 'Sending Countries Code'", csv.Path, 1);
        }

        var periods = csv.Header.Select((h, i) => (Match: PeriodHeader().Match(h), Header: h)).Where(p => p.Match.Success).ToList();
        var (database, updated) = Footer(csv);
        var buffer = new ObservationBuffer(path);
        foreach (var r in CsvRows.Complete(csv).Where(r => r.Text(dims[0]).Length > 0))
        {
            var area = areas.ResolveOrThrow(r.Text(dims[0]), AreaSchemes.WorldBank, path, r.Line, dims[0]);
            var counterpart = dims.Count > 1 ? areas.ResolveOrThrow(r.Text(dims[1]), AreaSchemes.WorldBank, path, r.Line, dims[1]) : string.Empty;
            var series = r.Text("Series Code");
            foreach (var (match, header) in periods)
            {
                if (r.NumberOrNull(header, "..") is { } v)
                {
                    var period = match.Groups["p"].Value;
                    var year = int.Parse(period.AsSpan(0, 4), CultureInfo.InvariantCulture);
                    buffer.Add(new Observation(series, area, period, year, v, UnitOf(series), Counterpart: counterpart), r.Line, header);
                }
            }
        }

        var vintage = (database.Contains("Remittance Prices Worldwide", StringComparison.Ordinal) ? "RPW" : database) + " " + updated;
        return new ReadResult(new DatasetInfo("World Bank DataBank: " + database, vintage, FormatNames.DataBank, path), buffer.Observations);
    }

    private static string UnitOf(string series) => series == "ATCR.CORR" ? "percent" : string.Empty;

    private static (string Database, string Updated) Footer(CsvFile csv)
    {
        string? database = null, updated = null;
        foreach (var r in csv.Records)
        {
            var first = r.Fields.Count > 0 ? r.Fields[0].Trim() : string.Empty;
            if (first.StartsWith("Data from database:", StringComparison.Ordinal))
            {
                database = first["Data from database:".Length..].Trim();
            }
            else if (first.StartsWith("Last Updated:", StringComparison.Ordinal))
            {
                var text = first["Last Updated:".Length..].Trim();
                updated = DateOnly.TryParseExact(text, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : throw r.Error($"'{text}' is not a date MM/DD/YYYY", "Last Updated");
            }
        }

        return database is null || updated is null
            ? throw new InputException("the DataBank footer ('Data from database: …', 'Last Updated: …') is missing below the last row (truncated file?)",
                csv.Path, csv.Records.Count > 0 ? csv.Records[^1].Line : csv.HeaderLine)
            : (database, updated);
    }

    [GeneratedRegex(@"^(?<p>\d{4}(Q[1-4]|M\d{2})?) \[YR[^\]]+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodHeader();
}
