using System.IO.Compression;
using System.Text;

namespace Continuum.Data.Tests.Reliability;

/// <summary>Small xlsx files whose parts expand far past <c>XlsxLimits</c>, written in a test's temp folder.</summary>
internal static class BombWorkbook
{
    public const string SharedStrings = "xl/sharedStrings.xml";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A workbook whose one shared string is <paramref name="chars"/> letters long (1.5 GB compresses to about 1.5 MB).</summary>
    public static void OneHugeSharedString(string path, long chars) => Write(path, SimpleSheet, s =>
    {
        s.Write(Encoding.UTF8.GetBytes($"<sst xmlns=\"{Main}\"><si><t>"));
        WriteLetters(s, chars);
        s.Write(Encoding.UTF8.GetBytes("</t></si></sst>"));
    });

    /// <summary>A workbook with <paramref name="count"/> shared strings of 30,000 letters each (each under Excel's cell limit).</summary>
    public static void ManySharedStrings(string path, int count) => Write(path, SimpleSheet, s =>
    {
        s.Write(Encoding.UTF8.GetBytes($"<sst xmlns=\"{Main}\">"));
        for (var i = 0; i < count; i++)
        {
            s.Write("<si><t>"u8);
            WriteLetters(s, 30_000);
            s.Write("</t></si>"u8);
        }

        s.Write("</sst>"u8);
    });

    /// <summary>A workbook whose sheet has one inline-string cell of <paramref name="chars"/> letters in row 2.</summary>
    public static void HugeInlineCell(string path, long chars) => Write(path, s =>
    {
        s.Write(Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ok</t></is></c></row>" +
            "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>"));
        WriteLetters(s, chars);
        s.Write("</t></is></c></row></sheetData></worksheet>"u8);
    }, null);

    /// <summary>A workbook whose sheet holds one cell with reference <paramref name="reference"/>.</summary>
    public static void CellAt(string path, string reference) => Write(path, s => s.Write(Encoding.UTF8.GetBytes(
        $"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"{reference}\"><v>1</v></c></row></sheetData></worksheet>")), null);

    /// <summary>Rewrites the declared uncompressed size of <paramref name="part"/> in both zip headers to <paramref name="declared"/> bytes (a lying header).</summary>
    public static void UnderstateSize(string path, string part, uint declared)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.ASCII.GetBytes(part);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4 && bytes.AsSpan(i + 30).StartsWith(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), declared);
            }
            else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2 && bytes.AsSpan(i + 46).StartsWith(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), declared);
            }
        }

        File.WriteAllBytes(path, bytes);
    }

    private static void SimpleSheet(Stream s) => s.Write(Encoding.UTF8.GetBytes(
        $"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"));

    private static void Write(string path, Action<Stream> sheet, Action<Stream>? sharedStrings)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "xl/workbook.xml", s => s.Write(Encoding.UTF8.GetBytes(
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
            "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")));
        Part(zip, "xl/_rels/workbook.xml.rels", s => s.Write(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"u8));
        Part(zip, "xl/worksheets/sheet1.xml", sheet);
        if (sharedStrings is not null)
        {
            Part(zip, SharedStrings, sharedStrings);
        }
    }

    private static void Part(ZipArchive zip, string name, Action<Stream> write)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        write(s);
    }

    private static void WriteLetters(Stream s, long count)
    {
        var block = new byte[1 << 20];
        block.AsSpan().Fill((byte)'a');
        for (var left = count; left > 0; left -= block.Length)
        {
            s.Write(block, 0, (int)Math.Min(left, block.Length));
        }
    }
}
