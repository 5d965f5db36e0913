using System.Text;
using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Reliability;

/// <summary>The reported bug and its edges: a CSV cut inside its last number used to import with exit 0 and store the cut number.</summary>
public sealed class TruncatedLastNumberTests
{
    private const string Header = "Country Name,Country Code,Year,Value\r\n";

    [Fact]
    public void Import_WdiLongCutInsideMalaysia1995_IsRefusedNamingLineAndValueAndStoresNothing()
    {
        using var h = new ImportHarness();
        var path = h.Write("SM.POP.TOTL.csv", Encoding.UTF8.GetBytes(Header + "Malaysia,MYS,1990,1027572\r\nMalaysia,MYS,1995,13128"));
        var before = h.Snapshot();

        var ex = Assert.Throws<InputException>(() => h.Importer.Import(new ImportRequest(path, "wdi-long", "WDI test")));

        Assert.Equal(3, ex.Line);
        Assert.Equal("Value", ex.Field);
        Assert.Contains("ends in the middle of line 3", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, h.Snapshot());
    }

    [Fact]
    public void Import_WdiLongCutBetweenCrAndLf_IsRefusedAsTruncated()
    {
        using var h = new ImportHarness();
        var path = h.Write("SM.POP.TOTL.csv", Encoding.UTF8.GetBytes(Header + "Malaysia,MYS,1995,1312828\r"));

        var ex = Assert.Throws<InputException>(() => h.Importer.Import(new ImportRequest(path, "wdi-long", "WDI test")));

        Assert.Equal(2, ex.Line);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WdiLongCutAfterLastLineEnd_StoresTheCompleteRecordsExactly()
    {
        using var h = new ImportHarness();
        var path = h.Write("SM.POP.TOTL.csv", Encoding.UTF8.GetBytes(Header + "Malaysia,MYS,1995,1312828\r\n"));

        h.Importer.Import(new ImportRequest(path, "wdi-long", "WDI test"));

        Assert.Equal(1312828, Assert.Single(h.Values("WDI test")).Value);
    }

    [Fact]
    public void KnomadLong_CutBetweenCrAndLf_IsRefusedAsTruncatedNotAsAStrayCr()
    {
        using var h = new ImportHarness();
        var path = h.Write("k.csv", Encoding.UTF8.GetBytes("sending_country,receiving_country,remittances_usd_millions\r\nUnited States,Mexico,30019.19\r"));

        var ex = Assert.Throws<InputException>(() => ImportHarness.Readers.Read(path, FormatNames.KnomadLong));

        Assert.Equal(2, ex.Line);
        Assert.Contains("ends in the middle of line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvFile_ForTheProjectsOwnFiles_StillReadsAFileWithoutFinalLineEnd()
    {
        var csv = CsvFile.Parse("params.csv", "parameter,value\nrate,0.5");

        Assert.Equal("0.5", csv.Records[0].Text("value"));
        Assert.False(csv.LineEnds.EndsWithLineEnd);
        Assert.Throws<InputException>(() => CsvRows.RequireSound(csv));
    }
}
