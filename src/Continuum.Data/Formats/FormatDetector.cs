using System.Text;
using Continuum.Data.Formats.Xlsx;
using Continuum.Data.IO;

namespace Continuum.Data.Formats;

/// <summary>
/// Tells a file's format by its content: zip magic and sheet contents for workbooks, JSON shape, and the header
/// text of CSV files (the file name is never needed). Returns one of <see cref="FormatNames.All"/>.
/// </summary>
public static class FormatDetector
{
    /// <summary>The format name of <paramref name="path"/>; an unknown layout is an <see cref="InputException"/> listing the known formats.</summary>
    public static string Detect(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }

        var format = IsZip(path) ? DetectWorkbook(path) : DetectText(path);
        return format ?? throw new InputException(
            $"unknown data format (known formats: {string.Join(", ", FormatNames.All)}; pass --format to choose one)", path, 1);
    }

    /// <summary>True when <paramref name="path"/> starts with the zip signature <c>PK\x03\x04</c> (xlsx files are zips).</summary>
    public static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static string? DetectWorkbook(string path)
    {
        using var book = XlsxWorkbook.Open(path);
        foreach (var sheet in book.SheetNames)
        {
            foreach (var row in book.ReadRows(sheet).Take(15))
            {
                if (row.Cells.Any(c => string.Equals(c?.Trim(), "Location code", StringComparison.OrdinalIgnoreCase)))
                {
                    return FormatNames.UndesaImsXlsx;
                }

                if (row.Text(0).Contains("(across)", StringComparison.OrdinalIgnoreCase))
                {
                    return FormatNames.KnomadXlsx;
                }
            }
        }

        return null;
    }

    private static string? DetectText(string path)
    {
        var lines = HeadLines(path, 8);
        var first = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? string.Empty;
        if (first.StartsWith('['))
        {
            return FormatNames.WbApiJson;
        }

        if (first.StartsWith("\"Data Source\"", StringComparison.Ordinal))
        {
            return FormatNames.WdiApiCsv;
        }

        var header = CsvFile.Parse(path, first).Header.ToHashSet(StringComparer.Ordinal);
        return DetectHeader(header);
    }

    private static string? DetectHeader(HashSet<string> h)
    {
        if (h.SetEquals(["Country Name", "Country Code", "Year", "Value"])) { return FormatNames.WdiLong; }
        if (h.Contains("Series Code") && h.Any(c => c.Contains("[YR", StringComparison.Ordinal))) { return FormatNames.DataBank; }
        if (h.Contains("Location code") && h.Any(c => c.EndsWith("both sexes", StringComparison.Ordinal))) { return FormatNames.UndesaImsCsv; }
        if (h.IsSupersetOf(["sending_country", "receiving_country"]) || h.IsSupersetOf(["origin_country", "destination_country"])) { return FormatNames.KnomadLong; }
        if (h.Contains("Country") && h.Contains("2012e")) { return FormatNames.WbHistorical; }
        if (h.Contains("iso3") && h.Contains("emigration_of_natives")) { return FormatNames.AbelCohen; }
        if (h.Contains("permanent_residents_admitted")) { return FormatNames.Ircc; }
        return h.Contains("country_code") && WppReader.ValueColumns.Any(v => h.Contains(v.Column)) ? FormatNames.Wpp : null;
    }

    private static List<string> HeadLines(string path, int count)
    {
        var bytes = new byte[64 * 1024];
        int n;
        using (var stream = File.OpenRead(path))
        {
            n = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        }

        if (n >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new InputException("the file is UTF-16 text; save it as UTF-8", path, 1);
        }

        var text = Encoding.UTF8.GetString(bytes, 0, n).TrimStart('\uFEFF');
        return [.. text.Split('\n').Take(count).Select(l => l.TrimEnd('\r'))];
    }
}
