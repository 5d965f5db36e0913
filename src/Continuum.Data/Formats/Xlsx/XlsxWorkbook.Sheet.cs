using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Continuum.Data.Formats.Xlsx;

public sealed partial class XlsxWorkbook
{
    private string[] SharedStrings()
    {
        if (_sharedStrings is not null)
        {
            return _sharedStrings;
        }

        var list = new List<string>();
        var entry = _zip.GetEntry("xl/sharedStrings.xml");
        if (entry is not null)
        {
            try
            {
                using var reader = CreateReader(entry.Open());
                while (reader.ReadToFollowing("si", MainNs))
                {
                    list.Add(ReadStringItem(reader));
                }
            }
            catch (Exception ex) when (ex is XmlException or InvalidDataException)
            {
                throw new InputException($"the shared strings are damaged ({ex.Message})", Path, inner: ex);
            }
        }

        _sharedStrings = [.. list];
        return _sharedStrings;
    }

    /// <summary>Concatenates the <c>t</c> texts of an <c>si</c> or <c>is</c> element, skipping phonetic runs.</summary>
    private static string ReadStringItem(XmlReader reader)
    {
        var sb = new StringBuilder();
        using var sub = reader.ReadSubtree();
        sub.Read();
        while (!sub.EOF)
        {
            if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "rPh" && sub.Depth > 0)
            {
                sub.Skip();
            }
            else if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "t")
            {
                sb.Append(sub.ReadElementContentAsString());
            }
            else
            {
                sub.Read();
            }
        }

        return sb.ToString();
    }

    private IEnumerable<XlsxRow> ReadSheet(ZipArchiveEntry entry, string sheet, string[] strings)
    {
        using var stream = entry.Open();
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
                row = ReadRow(reader, rowNumber, strings);
            }
            catch (Exception ex) when (ex is XmlException or InvalidDataException or FormatException or OverflowException or IndexOutOfRangeException)
            {
                throw new InputException($"sheet '{sheet}' is damaged near row {rowNumber} ({ex.Message})", Path, rowNumber, sheet, ex);
            }

            if (row.Cells.Count > 0)
            {
                yield return row;
            }
        }
    }

    private static int ParseRowNumber(string? r, int fallback) =>
        r is null ? fallback : int.Parse(r, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);

    private static XlsxRow ReadRow(XmlReader reader, int rowNumber, string[] strings)
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

            var column = ColumnIndex(reader.GetAttribute("r"), cells.Count);
            var value = ReadCell(reader, reader.GetAttribute("t"), strings);
            while (cells.Count <= column)
            {
                cells.Add(null);
            }

            cells[column] = value;
        }

        return new XlsxRow(rowNumber, cells);
    }

    private static string? ReadCell(XmlReader reader, string? type, string[] strings)
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
                value = reader.ReadElementContentAsString();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                value = ReadStringItem(reader);
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
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i == 0 ? throw new FormatException($"'{reference}' is not a cell reference") : column - 1;
    }
}
