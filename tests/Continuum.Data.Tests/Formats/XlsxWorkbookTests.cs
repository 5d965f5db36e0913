using System.IO.Compression;
using System.Text;
using Continuum.Data.Formats.Xlsx;
using Continuum.Data.Tests.Fixtures;

namespace Continuum.Data.Tests.Formats;

public sealed class XlsxWorkbookTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Writes a minimal workbook with one sheet "Data" whose XML body is <paramref name="sheetData"/>.</summary>
    private static string Workbook(TempFiles t, string sheetData, string? sharedStrings = null)
    {
        var path = Path.Combine(t.Root, Guid.NewGuid().ToString("N") + ".xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Entry(zip, "xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Entry(zip, "xl/worksheets/sheet1.xml", $"<worksheet xmlns=\"{Main}\"><sheetData>{sheetData}</sheetData></worksheet>");
            if (sharedStrings is not null)
            {
                Entry(zip, "xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\">{sharedStrings}</sst>");
            }
        }

        return path;
    }

    private static void Entry(ZipArchive zip, string name, string xml)
    {
        using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        w.Write(xml);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16383, "XFD")]
    public void ColumnName_KnownColumns_MatchExcel(int index, string name) => Assert.Equal(name, XlsxRow.ColumnName(index));

    [Fact]
    public void SparseCells_SharedRichAndInlineStrings_AreResolved()
    {
        using var t = new TempFiles();
        var path = Workbook(t,
            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"AB3\"><v>2.5E-2</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>inline</t></is></c></row>" +
            "<row r=\"7\"><c t=\"s\"><v>0</v></c><c><v>42</v></c></row><row r=\"8\"/>",
            "<si><t>plain</t></si><si><r><t>rich </t></r><r><rPr/><t>text</t></r><rPh><t>x</t></rPh></si>");
        using var book = XlsxWorkbook.Open(path);
        var rows = book.ReadRows("Data").ToList();
        Assert.Equal([3, 7], rows.Select(r => r.Number));
        Assert.Equal("rich text", rows[0].Text(0));
        Assert.Equal("", rows[0].Text(1));
        Assert.Equal("inline", rows[0].Text(2));
        Assert.Equal("2.5E-2", rows[0].Text(27));
        Assert.Equal("plain", rows[1].Text(0));
        Assert.Equal("42", rows[1].Text(1));
    }

    [Fact]
    public void MissingSheet_NamesSheetAndExistingSheets()
    {
        using var t = new TempFiles();
        using var book = XlsxWorkbook.Open(Workbook(t, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        var ex = Assert.Throws<InputException>(() => book.ReadRows("Table 1"));
        Assert.Equal("Table 1", ex.Field);
        Assert.Contains("'Data'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedSheetXml_NamesSheetAndRow()
    {
        using var t = new TempFiles();
        using var book = XlsxWorkbook.Open(Workbook(t, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></row>"));
        var ex = Assert.Throws<InputException>(() => book.ReadRows("Data").ToList());
        Assert.Equal("Data", ex.Field);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void NotAZip_IsInputException()
    {
        using var t = new TempFiles();
        var ex = Assert.Throws<InputException>(() => XlsxWorkbook.Open(t.Write("x.xlsx", "Country,Value\n")));
        Assert.Contains("xlsx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipWithoutWorkbook_IsInputException()
    {
        using var t = new TempFiles();
        var path = Path.Combine(t.Root, "empty.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Entry(zip, "hello.txt", "hi");
        }

        var ex = Assert.Throws<InputException>(() => XlsxWorkbook.Open(path));
        Assert.Contains("xl/", ex.Message, StringComparison.Ordinal);
    }
}
