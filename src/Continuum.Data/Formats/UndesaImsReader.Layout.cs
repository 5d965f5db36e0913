using System.Globalization;
using Continuum.Data.Formats.Xlsx;

namespace Continuum.Data.Formats;

public static partial class UndesaImsReader
{
    private static ImsLayout? TryXlsxHeader(XlsxRow row, XlsxRow? caption, string path, string sheet)
    {
        var code = FindCell(row, CodeHeader);
        if (code < 0)
        {
            return null;
        }

        var name = FindCell(row, NameHeader);
        if (name < 0)
        {
            throw new InputException($"the header row has no '{NameHeader}' cell", path, row.Number, sheet);
        }

        var columns = new List<ImsColumn>();
        var blocks = new Dictionary<int, int>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (int.TryParse(row.Text(i), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
            {
                var sex = caption is null ? null : BlockSex(caption, i);
                blocks[year] = blocks.GetValueOrDefault(year) + 1;
                sex ??= blocks[year] switch { 1 => "T", 2 => "M", _ => "F" };
                columns.Add(new ImsColumn(i, year, sex));
            }
        }

        return new ImsLayout(name, code, columns);
    }

    /// <summary>The sex of the block caption nearest to the left of <paramref name="column"/> (F before M: "females" contains "males").</summary>
    private static string? BlockSex(XlsxRow caption, int column)
    {
        for (var i = Math.Min(column, caption.Cells.Count - 1); i >= 0; i--)
        {
            var text = caption.Text(i);
            if (text.Length == 0)
            {
                continue;
            }

            return text.Contains("females", StringComparison.OrdinalIgnoreCase) ? "F"
                : text.Contains("males", StringComparison.OrdinalIgnoreCase) ? "M"
                : text.Contains("both sexes", StringComparison.OrdinalIgnoreCase) ? "T"
                : null;
        }

        return null;
    }

    private static int FindCell(XlsxRow row, string text)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (string.Equals(row.Text(i), text, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static (int Year, string Sex)? ParseCsvYearHeader(string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space != 4 || !int.TryParse(header.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        return header[5..].Trim() switch
        {
            "both sexes" => (year, "T"),
            "males" => (year, "M"),
            "females" => (year, "F"),
            _ => null,
        };
    }

    private sealed record ImsColumn(int Index, int Year, string Sex);

    private sealed record ImsLayout(int NameColumn, int CodeColumn, IReadOnlyList<ImsColumn> Columns);
}
