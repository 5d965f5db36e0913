using System.IO.Compression;
using System.Xml;

namespace Continuum.Data.Formats.Xlsx;

/// <summary>
/// A small, streaming reader for Office Open XML workbooks (.xlsx) using only the BCL: workbook sheet names,
/// relationships, shared and inline strings, sparse cell references. Values are returned as stored text;
/// formulas are not evaluated (their cached value is read). Errors are <see cref="InputException"/>s naming
/// the file and sheet.
/// </summary>
public sealed partial class XlsxWorkbook : IDisposable
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, string> _sheetParts;
    private readonly char[] _chunk = new char[4096];
    private string[]? _sharedStrings;

    private XlsxWorkbook(string path, ZipArchive zip)
    {
        Path = path;
        _zip = zip;
        _sheetParts = ReadSheetParts();
        SheetNames = [.. _sheetParts.Keys];
    }

    /// <summary>The workbook's path as given.</summary>
    public string Path { get; }

    /// <summary>Sheet names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>Opens <paramref name="path"/>; a missing, non-zip or non-workbook file is an <see cref="InputException"/>.</summary>
    public static XlsxWorkbook Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }

        ZipArchive? zip = null;
        try
        {
            zip = ZipFile.OpenRead(path);
            return new XlsxWorkbook(path, zip);
        }
        catch (InvalidDataException ex)
        {
            zip?.Dispose();
            throw new InputException("the file is not a valid xlsx workbook (corrupt or not a zip archive)", path, inner: ex);
        }
        catch (XmlException ex)
        {
            zip?.Dispose();
            throw new InputException("the workbook structure (xl/workbook.xml or its relationships) is not well-formed XML", path, inner: ex);
        }
        catch (InputException)
        {
            zip?.Dispose();
            throw;
        }
    }

    /// <summary>True when the workbook has a sheet called <paramref name="sheet"/>.</summary>
    public bool HasSheet(string sheet) => _sheetParts.ContainsKey(sheet);

    /// <summary>
    /// Streams the rows of <paramref name="sheet"/> in order (rows with no cells are skipped). A missing sheet
    /// is an <see cref="InputException"/> naming the file, the sheet and the sheets that exist.
    /// </summary>
    public IEnumerable<XlsxRow> ReadRows(string sheet)
    {
        if (!_sheetParts.TryGetValue(sheet, out var part))
        {
            throw new InputException(
                $"the workbook has no sheet '{sheet}' (sheets: {string.Join(", ", SheetNames.Select(s => "'" + s + "'"))})", Path, field: sheet);
        }

        var entry = _zip.GetEntry(part) ?? throw new InputException($"the workbook lacks the part '{part}' of sheet '{sheet}'", Path, field: sheet);
        var strings = SharedStrings();
        if (entry.Length > XlsxLimits.MaxPartBytes)
        {
            // Refused here, when the rows are asked for; the bytes themselves are counted while the rows stream.
            throw XlsxPartStream.TooBig(Path, entry.FullName, XlsxLimits.MaxPartBytes);
        }

        return ReadSheet(entry, sheet, strings);
    }

    /// <inheritdoc/>
    public void Dispose() => _zip.Dispose();

    private static XmlReader CreateReader(Stream stream) =>
        XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });

    private Dictionary<string, string> ReadSheetParts()
    {
        var rels = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = CreateReader(OpenPart("xl/_rels/workbook.xml.rels")))
        {
            while (reader.ReadToFollowing("Relationship"))
            {
                var target = reader.GetAttribute("Target") ?? string.Empty;
                rels[reader.GetAttribute("Id") ?? string.Empty] = target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        var sheets = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = CreateReader(OpenPart("xl/workbook.xml")))
        {
            while (reader.ReadToFollowing("sheet", MainNs))
            {
                var name = reader.GetAttribute("name") ?? string.Empty;
                var id = reader.GetAttribute("id", RelNs) ?? string.Empty;
                if (rels.TryGetValue(id, out var target))
                {
                    sheets[name] = target;
                }
            }
        }

        return sheets;
    }

    private Stream OpenPart(string name) =>
        OpenLimited(_zip.GetEntry(name) ?? throw new InputException($"the file is not an xlsx workbook (no '{name}' inside)", Path), XlsxLimits.MaxPartBytes);

    /// <summary>
    /// Opens a part counted against <paramref name="limitBytes"/>: the zip's declared size is checked first, and the
    /// bytes actually decompressed are counted while they stream (a header can lie).
    /// </summary>
    private Stream OpenLimited(ZipArchiveEntry entry, long limitBytes)
    {
        if (entry.Length > limitBytes)
        {
            throw XlsxPartStream.TooBig(Path, entry.FullName, limitBytes);
        }

        try
        {
            return new XlsxPartStream(entry.Open(), Path, entry.FullName, limitBytes);
        }
        catch (InvalidDataException ex)
        {
            throw new InputException($"{entry.FullName} is damaged: {Damage(ex)}", Path, field: entry.FullName, inner: ex);
        }
    }
}
