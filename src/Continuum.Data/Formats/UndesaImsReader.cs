using System.Globalization;
using Continuum.Data.Areas;
using Continuum.Data.Formats.Xlsx;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Reads UN DESA International Migrant Stock 2020 "by sex and destination", Table 1: the workbook the UN ships
/// (<see cref="ReadXlsx"/>) or its CSV conversion (<see cref="ReadCsv"/>); both give identical observations.
/// The header row is found by its <c>Location code</c> cell; areas come from the M49 location code; the name
/// (hierarchy spaces and note markers stripped) must not contradict it. Three sex blocks give Sex T (both), M, F. <c>..</c> is missing (no observation).
/// Indicator <c>SM.POP.TOTL</c> (international migrant stock at mid-year, persons), Period = Year = 1990 … 2020,
/// Source "UN DESA", Vintage "UN DESA IMS 2020".
/// </summary>
public static partial class UndesaImsReader
{
    /// <summary>Indicator code written (same code as the WDI series that republishes it).</summary>
    public const string Indicator = "SM.POP.TOTL";

    /// <summary>The dataset vintage.</summary>
    public const string Vintage = "UN DESA IMS 2020";

    /// <summary>The sheet read from the workbook.</summary>
    public const string Sheet = "Table 1";

    private const string NameHeader = "Region, development group, country or area";
    private const string CodeHeader = "Location code";

    /// <summary>Reads the xlsx or the CSV conversion of <paramref name="path"/>, chosen by content, with the shipped area table.</summary>
    public static ReadResult Read(string path) => Read(path, AreaRegistry.LoadDefault());

    /// <summary>Reads the xlsx or CSV <paramref name="path"/>, chosen by content.</summary>
    public static ReadResult Read(string path, AreaRegistry areas) =>
        FormatDetector.IsZip(path) ? ReadXlsx(path, areas) : ReadCsv(path, areas);

    /// <summary>Reads sheet <paramref name="sheet"/> of the UN workbook.</summary>
    public static ReadResult ReadXlsx(string path, AreaRegistry areas, string sheet = Sheet)
    {
        ArgumentNullException.ThrowIfNull(areas);
        using var book = XlsxWorkbook.Open(path);
        XlsxRow? caption = null;
        ImsLayout? layout = null;
        var buffer = new ObservationBuffer(path);
        foreach (var row in book.ReadRows(sheet))
        {
            if (layout is null)
            {
                layout = TryXlsxHeader(row, caption, path, sheet);
                caption = row.Cells.Any(c => c?.Contains("mid-year", StringComparison.OrdinalIgnoreCase) == true) ? row : caption;
                continue;
            }

            AddRow(row.Number, row.Text, layout, areas, buffer, path, c => $"{sheet}!{XlsxRow.ColumnName(c)}{row.Number}");
        }

        return Finish(path, FormatNames.UndesaImsXlsx, layout, buffer, sheet);
    }

    /// <summary>Reads the CSV conversion (<c>1990 both sexes</c> … <c>2020 females</c> headers).</summary>
    public static ReadResult ReadCsv(string path, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var csv = CsvFile.Read(path);
        var columns = new List<ImsColumn>();
        for (var i = 0; i < csv.Header.Count; i++)
        {
            if (ParseCsvYearHeader(csv.Header[i]) is { } yc)
            {
                columns.Add(new ImsColumn(i, yc.Year, yc.Sex));
            }
        }

        var layout = new ImsLayout(csv.Column(NameHeader), csv.Column(CodeHeader), columns);
        var buffer = new ObservationBuffer(path);
        foreach (var r in CsvRows.Complete(csv))
        {
            AddRow(r.Line, i => i < r.Fields.Count ? r.Fields[i].Trim() : string.Empty, layout, areas, buffer, path, c => csv.Header[c]);
        }

        return Finish(path, FormatNames.UndesaImsCsv, layout, buffer, null);
    }

    private static ReadResult Finish(string path, string format, ImsLayout? layout, ObservationBuffer buffer, string? sheet)
    {
        if (layout is null)
        {
            throw new InputException($"no header row with a '{CodeHeader}' cell was found", path, field: sheet);
        }

        if (buffer.Observations.Count == 0)
        {
            throw new InputException("the table has a header but no data rows (truncated?)", path, field: sheet);
        }

        return new ReadResult(new DatasetInfo("UN DESA", Vintage, format, path), buffer.Observations);
    }

    private static void AddRow(long line, Func<int, string> cell, ImsLayout layout, AreaRegistry areas, ObservationBuffer buffer, string path, Func<int, string> field)
    {
        var codeText = cell(layout.CodeColumn);
        if (codeText.Length == 0 && cell(layout.NameColumn).Length == 0)
        {
            return;
        }

        var area = areas.ResolveOrThrow(codeText, AreaSchemes.M49, path, line, field(layout.CodeColumn));
        var byName = areas.Resolve(cell(layout.NameColumn), AreaSchemes.UnDesa);
        if (byName is not null && byName != area)
        {
            throw new InputException(
                $"the name '{AreaRegistry.Normalise(cell(layout.NameColumn))}' is {byName} but location code {codeText} is {area}", path, line, field(layout.NameColumn));
        }

        foreach (var c in layout.Columns)
        {
            var text = cell(c.Index);
            if (text.Length == 0 || text == "..")
            {
                continue;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new InputException($"'{text}' is not a number or '..'", path, line, field(c.Index));
            }

            var year = c.Year.ToString(CultureInfo.InvariantCulture);
            buffer.Add(new Observation(Indicator, area, year, c.Year, value, "persons", c.Sex), line, field(c.Index));
        }
    }
}
