using System.IO.Compression;
using Continuum.Data.IO;

namespace Continuum.Data.Tests.Reliability;

/// <summary>
/// Every shipped file of <c>data/manifest.csv</c> cut at seeded random offsets (FsCheck generators, a bounded count per
/// file): each cut is either refused with an <see cref="InputException"/> naming the file and a line (CSV) or the file
/// (xlsx), or it stores exactly the values of the complete records: the reader's observations are the first ones of
/// the intact file's, in order and equal (a cut can only succeed just after a line end). Workbooks are cut both as
/// zip files and inside their largest sheet's XML (re-zipped), so the XML parser sees the cut too.
/// </summary>
public sealed partial class TruncationFuzzTests
{
    private const int RandomCuts = 8;
    private const int LineEndCuts = 4;

    public static TheoryData<string, string> ManifestFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in CsvFile.Read(DataPaths.Shipped("manifest.csv")).Records)
        {
            data.Add(r.Text("path"), r.Text("format"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void ShippedFile_CutAnywhere_FailsNamingLineOrStoresExactlyCompleteRecords(string relative, string format)
    {
        var bytes = File.ReadAllBytes(DataPaths.Shipped(relative.Split('/')));
        if (format.StartsWith("wdi-", StringComparison.Ordinal))
        {
            CheckWdi(relative, format, bytes);
        }
        else if (relative.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            CheckWorkbook(relative, format, bytes);
        }
        else
        {
            CheckReader(relative, format, bytes, Truncation.Offsets(relative, bytes, RandomCuts, LineEndCuts), requireLine: true);
        }
    }

    /// <summary>Reads each cut of <paramref name="bytes"/> with the format's reader and checks the outcome against the intact read.</summary>
    private static void CheckReader(string relative, string format, byte[] bytes, int[] offsets, bool requireLine)
    {
        using var h = new ImportHarness();
        var intact = ImportHarness.Readers.Read(h.Write(relative, bytes), format).Observations;
        foreach (var offset in offsets)
        {
            var path = h.Write(relative, bytes[..offset]);
            try
            {
                var cut = ImportHarness.Readers.Read(path, format).Observations;
                Assert.True(bytes[offset - 1] == '\n' || !requireLine, $"{relative} cut at byte {offset} (not after a line end) was accepted");
                Assert.True(cut.Count <= intact.Count, $"{relative} cut at byte {offset} gave more values than the intact file");
                for (var i = 0; i < cut.Count; i++)
                {
                    Assert.True(cut[i] == intact[i], $"{relative} cut at byte {offset}: value {i} is {cut[i]} but the intact file has {intact[i]}");
                }
            }
            catch (InputException ex)
            {
                Assert.Equal(path, ex.File);
                Assert.True(!requireLine || ex.Line is not null, $"{relative} cut at byte {offset}: no line in '{ex.Message}'");
            }
        }
    }

    /// <summary>Workbooks: the zip cut anywhere, and the largest sheet's XML cut anywhere and zipped again.</summary>
    private static void CheckWorkbook(string relative, string format, byte[] bytes)
    {
        using (var h = new ImportHarness())
        {
            foreach (var offset in Truncation.Offsets(relative, bytes, RandomCuts, 0))
            {
                var path = h.Write(relative, bytes[..offset]);
                var ex = Assert.ThrowsAny<InputException>(() => ImportHarness.Readers.Read(path, format));
                Assert.Equal(path, ex.File);
            }
        }

        var (sheet, xml) = LargestSheet(bytes);
        var cuts = Truncation.Offsets(relative + "!" + sheet, xml, 4, 0);
        var rezipped = cuts.Select(c => WithPart(bytes, sheet, xml[..c])).ToArray();
        CheckCutWorkbooks(relative, format, bytes, rezipped);
    }

    private static void CheckCutWorkbooks(string relative, string format, byte[] intactBytes, byte[][] cutWorkbooks)
    {
        using var h = new ImportHarness();
        var intact = ImportHarness.Readers.Read(h.Write(relative, intactBytes), format).Observations;
        foreach (var book in cutWorkbooks)
        {
            var path = h.Write(relative, book);
            try
            {
                var cut = ImportHarness.Readers.Read(path, format).Observations;
                Assert.True(cut.Count <= intact.Count && cut.Zip(intact).All(p => p.First == p.Second), $"{relative}: a cut sheet gave values the intact file does not have");
            }
            catch (InputException ex)
            {
                Assert.Equal(path, ex.File);
            }
        }
    }

    private static (string Name, byte[] Xml) LargestSheet(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var entry = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).MaxBy(e => e.Length)!;
        using var s = entry.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return (entry.FullName, m.ToArray());
    }

    private static byte[] WithPart(byte[] workbook, string part, byte[] content)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in source.Entries)
            {
                using var to = target.CreateEntry(e.FullName, CompressionLevel.Fastest).Open();
                if (e.FullName == part)
                {
                    to.Write(content);
                }
                else
                {
                    using var from = e.Open();
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
