using System.Globalization;
using System.Text;
using System.Xml;

namespace Continuum.Data.Formats.Xlsx;

public sealed partial class XlsxWorkbook
{
    private const string SharedStringsPart = "xl/sharedStrings.xml";

    private string[] SharedStrings()
    {
        if (_sharedStrings is not null)
        {
            return _sharedStrings;
        }

        var list = new List<string>();
        var entry = _zip.GetEntry(SharedStringsPart);
        if (entry is not null)
        {
            try
            {
                using var reader = CreateReader(OpenLimited(entry, XlsxLimits.MaxSharedStringsBytes));
                while (reader.ReadToFollowing("si", MainNs))
                {
                    list.Add(ReadStringItem(reader, () => new InputException(TooLong(
                        string.Create(CultureInfo.InvariantCulture, $"shared string {list.Count + 1}")), Path, field: SharedStringsPart)));
                }
            }
            catch (Exception ex) when (ex is XmlException or InvalidDataException)
            {
                throw new InputException($"the shared strings ({SharedStringsPart}) are damaged: {Damage(ex)}", Path, field: SharedStringsPart, inner: ex);
            }
        }

        _sharedStrings = [.. list];
        return _sharedStrings;
    }

    /// <summary>
    /// Concatenates the <c>t</c> texts of the <c>si</c> or <c>is</c> element the reader is on, skipping phonetic runs;
    /// leaves the reader on its end element. A text past <see cref="XlsxLimits.MaxCellChars"/> throws <paramref name="tooLong"/>.
    /// </summary>
    private string ReadStringItem(XmlReader reader, Func<InputException> tooLong)
    {
        var sb = new StringBuilder();
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                AppendText(reader, sb, tooLong);
            }
            else
            {
                reader.Read();
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Appends the text of the element the reader is on (<c>t</c> or <c>v</c>) in 4 KB chunks, so an oversized cell is
    /// refused after at most one chunk past the limit rather than read whole; leaves the reader after the end element.
    /// </summary>
    private void AppendText(XmlReader reader, StringBuilder sb, Func<InputException> tooLong)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int n;
                while ((n = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    sb.Append(_chunk, 0, n);
                    if (sb.Length > XlsxLimits.MaxCellChars)
                    {
                        throw tooLong();
                    }
                }
            }

            reader.Read();
        }

        reader.Read();
    }

    private static string TooLong(string what) => string.Create(CultureInfo.InvariantCulture,
        $"{what} is longer than {XlsxLimits.MaxCellChars:N0} characters, Excel's limit for one cell");

    /// <summary>The kind of damage in words (the library's own message stays in the inner exception).</summary>
    private static string Damage(Exception ex) => ex switch
    {
        XmlException => "its XML is cut short or not well formed",
        InvalidDataException => "its compressed data is corrupt",
        OverflowException => "a row number is out of range",
        IndexOutOfRangeException => "a cell refers to a shared string that does not exist",
        _ => "a cell reference or number is malformed",
    };

}
