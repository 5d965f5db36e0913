using Continuum.Data.Formats.Xlsx;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Reliability;

/// <summary>
/// Zip bombs and oversized cells in xlsx files: each is refused with an <see cref="InputException"/> naming the file and
/// the part or sheet, and memory stays bounded (allocations on the reading thread are measured, not times).
/// </summary>
public sealed class XlsxBombTests : IDisposable
{
    private readonly ImportHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Import_SharedStringOf1_5GB_IsRefusedNamingPartWithBoundedMemory()
    {
        var path = Path.Combine(_h.Directory, "bomb.xlsx");
        BombWorkbook.OneHugeSharedString(path, 1_500L << 20);
        Assert.True(new FileInfo(path).Length < 4 << 20, "the bomb is a small file");
        var before = _h.Snapshot();

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<InputException>(() => _h.Importer.Import(new ImportRequest(path)));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(path, ex.File);
        Assert.Equal(BombWorkbook.SharedStrings, ex.Field);
        Assert.Contains("expands past the 32 MB limit", ex.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"reading the bomb allocated {allocated >> 20} MB");
        Assert.Equal(before, _h.Snapshot());
    }

    [Fact]
    public void Read_SharedStringPastExcelCellLimit_IsRefusedNamingPart()
    {
        var path = Path.Combine(_h.Directory, "long.xlsx");
        BombWorkbook.OneHugeSharedString(path, XlsxLimits.MaxCellChars + 1);
        using var book = XlsxWorkbook.Open(path);

        var ex = Assert.Throws<InputException>(() => book.ReadRows("Sheet1").ToList());

        Assert.Equal(BombWorkbook.SharedStrings, ex.Field);
        Assert.Contains("shared string 1 is longer than 32,767 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManySharedStringsPastPartLimit_IsRefusedWhileStreaming()
    {
        var path = Path.Combine(_h.Directory, "many.xlsx");
        BombWorkbook.ManySharedStrings(path, 1_200);
        BombWorkbook.UnderstateSize(path, BombWorkbook.SharedStrings, 1_000);
        using var book = XlsxWorkbook.Open(path);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<InputException>(() => book.ReadRows("Sheet1").ToList());
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(path, ex.File);
        Assert.Equal(BombWorkbook.SharedStrings, ex.Field);
        Assert.True(allocated < 512L << 20, $"reading allocated {allocated >> 20} MB");
    }

    [Fact]
    public void Read_SheetOf600MB_IsRefusedNamingPart()
    {
        var path = Path.Combine(_h.Directory, "sheet.xlsx");
        BombWorkbook.HugeInlineCell(path, 600L << 20);
        using var book = XlsxWorkbook.Open(path);

        var ex = Assert.Throws<InputException>(() => book.ReadRows("Sheet1").ToList());

        Assert.Equal(path, ex.File);
        Assert.Equal("xl/worksheets/sheet1.xml", ex.Field);
        Assert.Contains("expands past the 128 MB limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InlineCellOf100MB_IsRefusedNamingSheetAndRowWithBoundedMemory()
    {
        var path = Path.Combine(_h.Directory, "cell.xlsx");
        BombWorkbook.HugeInlineCell(path, 100L << 20);
        using var book = XlsxWorkbook.Open(path);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<InputException>(() => book.ReadRows("Sheet1").ToList());
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(2, ex.Line);
        Assert.Equal("Sheet1", ex.Field);
        Assert.Contains("cell B2 is longer than", ex.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"reading allocated {allocated >> 20} MB");
    }

    [Theory]
    [InlineData("XFE1")]
    [InlineData("ZZZZZZZZZZZZ1")]
    public void Read_CellPastLastColumn_IsRefusedNotAHugeRow(string reference)
    {
        var path = Path.Combine(_h.Directory, "wide.xlsx");
        BombWorkbook.CellAt(path, reference);
        using var book = XlsxWorkbook.Open(path);

        var ex = Assert.Throws<InputException>(() => book.ReadRows("Sheet1").ToList());

        Assert.Equal(1, ex.Line);
        Assert.Contains("past Excel's last column XFD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CellAtLastColumn_IsRead()
    {
        var path = Path.Combine(_h.Directory, "xfd.xlsx");
        BombWorkbook.CellAt(path, "XFD1");
        using var book = XlsxWorkbook.Open(path);

        var row = Assert.Single(book.ReadRows("Sheet1"));

        Assert.Equal("1", row.Text(XlsxLimits.MaxColumns - 1));
    }
}
