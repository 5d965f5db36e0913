using System.Globalization;
using Continuum.Data.Areas;
using Continuum.Data.Formats.Xlsx;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Reads the World Bank/KNOMAD bilateral matrices for 2017, as shipped (xlsx, <see cref="ReadXlsx"/>: rows are
/// the sender/origin, columns the receiver/destination, header row found by its "(across)" corner cell, the
/// "Notes:" block ends the matrix) or as long CSVs (<see cref="ReadLong"/>). Zero cells (and the few "-" cells of the
/// remittance workbook) are no observation, as in the CSV conversion, so both give identical observations. Totals (WORLD/World) map to <c>WLD</c>, "Other North"/
/// "Other South" to <c>KNOMAD-OTHER-NORTH</c>/<c>KNOMAD-OTHER-SOUTH</c>. Period "2017", Year 2017, Source "World Bank/KNOMAD".
/// </summary>
public static partial class KnomadReader
{
    /// <summary>Bilateral remittances: Area = sending country, Counterpart = receiving country; US$ millions.</summary>
    public static readonly KnomadMatrix Remittances = new(
        "KNOMAD.REM.BILAT", "US$ millions", "KNOMAD 2017 (April 2018 version)", "sending_country", "receiving_country", "remittances_usd_millions", "receiving");

    /// <summary>Bilateral migrant stocks: Area = origin, Counterpart = destination; persons.</summary>
    public static readonly KnomadMatrix MigrantStocks = new(
        "KNOMAD.MIG.STOCK", "persons", "KNOMAD 2017", "origin_country", "destination_country", "migrants", "destination");

    /// <summary>Reads an xlsx matrix or a long CSV, chosen by content, with the shipped area table.</summary>
    public static ReadResult Read(string path) => Read(path, AreaRegistry.LoadDefault());

    /// <summary>Reads an xlsx matrix or a long CSV, chosen by content.</summary>
    public static ReadResult Read(string path, AreaRegistry areas) =>
        FormatDetector.IsZip(path) ? ReadXlsx(path, areas) : ReadLong(path, areas);

    /// <summary>Reads the long CSV (<c>sending_country,receiving_country,remittances_usd_millions</c> or <c>origin_country,destination_country,migrants</c>).</summary>
    public static ReadResult ReadLong(string path, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var csv = CsvFile.Read(path);
        var matrix = csv.Has(Remittances.ValueColumn) ? Remittances
            : csv.Has(MigrantStocks.ValueColumn) ? MigrantStocks
            : throw new InputException($"the header has neither '{Remittances.ValueColumn}' nor '{MigrantStocks.ValueColumn}'", path, 1);
        csv.RequireColumns(matrix.AreaColumn, matrix.CounterpartColumn);
        var names = new NameCache(areas, path);
        var buffer = new ObservationBuffer(path);
        foreach (var r in CsvRows.Complete(csv))
        {
            var area = names.Resolve(r.Text(matrix.AreaColumn), r.Line, matrix.AreaColumn);
            var counterpart = names.Resolve(r.Text(matrix.CounterpartColumn), r.Line, matrix.CounterpartColumn);
            buffer.Add(matrix.Observation(area, counterpart, r.Number(matrix.ValueColumn)), r.Line, matrix.ValueColumn);
        }

        return matrix.Result(path, FormatNames.KnomadLong, buffer);
    }

    /// <summary>Reads the first sheet of the workbook that holds a bilateral matrix.</summary>
    public static ReadResult ReadXlsx(string path, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        using var book = XlsxWorkbook.Open(path);
        foreach (var sheet in book.SheetNames)
        {
            if (ReadSheet(book, sheet, areas) is { } result)
            {
                return result;
            }
        }

        throw new InputException("no sheet holds a bilateral matrix (a corner cell like 'receiving (across) / sending (down)')", path);
    }

    private static ReadResult? ReadSheet(XlsxWorkbook book, string sheet, AreaRegistry areas)
    {
        KnomadMatrix? matrix = null;
        XlsxRow? header = null;
        var names = new NameCache(areas, book.Path);
        var buffer = new ObservationBuffer(book.Path);
        foreach (var row in book.ReadRows(sheet))
        {
            if (header is null)
            {
                matrix = MatrixOf(row.Text(0));
                header = matrix is null ? null : row;
                if (header is null && row.Number > 20)
                {
                    return null;
                }

                continue;
            }

            if (row.Text(0).StartsWith("Notes", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            AddMatrixRow(row, header, matrix!, names, buffer, sheet);
        }

        return matrix is null ? null : matrix.Result(book.Path, FormatNames.KnomadXlsx, buffer, sheet);
    }

    private static KnomadMatrix? MatrixOf(string corner) =>
        !corner.Contains("(across)", StringComparison.OrdinalIgnoreCase) ? null
        : corner.StartsWith(Remittances.CornerWord, StringComparison.OrdinalIgnoreCase) ? Remittances
        : corner.StartsWith(MigrantStocks.CornerWord, StringComparison.OrdinalIgnoreCase) ? MigrantStocks
        : null;

    private static void AddMatrixRow(XlsxRow row, XlsxRow header, KnomadMatrix matrix, NameCache names, ObservationBuffer buffer, string sheet)
    {
        if (row.Text(0).Length == 0)
        {
            return;
        }

        var area = names.Resolve(row.Text(0), row.Number, $"{sheet}!A{row.Number}");
        for (var c = 1; c < row.Cells.Count; c++)
        {
            var text = row.Text(c);
            if (text is "" or ".." or "-")
            {
                continue;
            }

            var field = $"{sheet}!{XlsxRow.ColumnName(c)}{row.Number}";
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new InputException($"'{text}' is not a number", names.File, row.Number, field);
            }

            if (value != 0)
            {
                var counterpart = names.Resolve(header.Text(c), header.Number, $"{sheet}!{XlsxRow.ColumnName(c)}{header.Number}");
                buffer.Add(matrix.Observation(area, counterpart, value), row.Number, field);
            }
        }
    }
}
