using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Continuum.Data.Formats.Xlsx;

public sealed partial class XlsxWorkbook
{
    private IEnumerable<XlsxRow> ReadSheet(ZipArchiveEntry entry, string sheet, string[] strings)
    {
        using var stream = OpenLimited(entry, XlsxLimits.MaxPartBytes);
        using var reader = CreateReader(stream);
        var rowNumber = 0;
        while (true)
        {
            XlsxRow? row;
            try
            {
                if (!reader.ReadToFollowing("row", MainNs))
                {
                    yield break;
                }

                rowNumber = ParseRowNumber(reader.GetAttribute("r"), rowNumber + 1);
                row = ReadRow(reader, sheet, rowNumber, strings);
            }
            catch (Exception ex) when (ex is XmlException or InvalidDataException or FormatException or OverflowException or IndexOutOfRangeException)
            {
                throw new InputException($"sheet '{sheet}' is damaged near row {rowNumber}: {Damage(ex)}", Path, rowNumber, sheet, ex);
            }

            if (row.Cells.Count > 0)
            {
                yield return row;
            }
        }
    }

    private static int ParseRowNumber(string? r, int fallback) =>
        r is null ? fallback : int.Parse(r, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);

    private XlsxRow ReadRow(XmlReader reader, string sheet, int rowNumber, string[] strings)
    {
        var cells = new List<string?>();
        if (reader.IsEmptyElement)
        {
            return new XlsxRow(rowNumber, cells);
        }

        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                continue;
            }

            var reference = reader.GetAttribute("r");
            var column = ColumnIndex(reference, cells.Count);
            if (column >= XlsxLimits.MaxColumns)
            {
                throw new InputException($"cell '{reference}' is past Excel's last column XFD", Path, rowNumber, sheet);
            }

            var value = ReadCell(reader, reader.GetAttribute("t"), strings,
                () => new InputException(TooLong($"cell {reference ?? XlsxRow.ColumnName(column)}"), Path, rowNumber, sheet));
            while (cells.Count <= column)
            {
                cells.Add(null);
            }

            cells[column] = value;
        }

        return new XlsxRow(rowNumber, cells);
    }

    private string? ReadCell(XmlReader reader, string? type, string[] strings, Func<InputException> tooLong)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        // A hand loop rather than ReadSubtree: this runs once per cell, and subtree readers allocate.
        var depth = reader.Depth;
        string? value = null;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
            {
                var sb = new StringBuilder();
                AppendText(reader, sb, tooLong);
                value = sb.ToString();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                value = ReadStringItem(reader, tooLong);
                reader.Read();
            }
            else
            {
                reader.Read();
            }
        }

        return type == "s" && value is not null ? strings[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)] : value;
    }

    /// <summary>0-based column of a reference like <c>AB12</c>; <paramref name="next"/> when the reference is absent.</summary>
    internal static int ColumnIndex(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return next;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            // Capped past Excel's last column so that a long run of letters cannot overflow into a small index.
            column = Math.Min((column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1), XlsxLimits.MaxColumns + 1);
        }

        return i == 0 ? throw new FormatException($"'{reference}' is not a cell reference") : column - 1;
    }
}
