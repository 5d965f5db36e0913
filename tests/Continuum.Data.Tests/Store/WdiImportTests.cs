using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Store;

public sealed class WdiImportTests
{
    private static string Shipped(string name) => DataPaths.Shipped("wdi", name);

    [Fact]
    public void Import_RealWdiLongFile_KeepsPublishedValues()
    {
        using var t = new TempStore();
        var summary = t.Importer.Import(new ImportRequest(Shipped("BX.TRF.PWKR.CD.DT.csv"), "wdi-long", "WDI 2026-07"));

        Assert.False(summary.AlreadyImported);
        Assert.True(summary.Added > 9_000);
        var wld = t.Store.Series(new SeriesQuery("BX.TRF.PWKR.CD.DT", "WLD"))!;
        // data/anchors.csv (WDI mirror of 2026-07-01): WLD 2008 = 403,301,257,947.42; 2009 = 387,268,490,931.334 current US$.
        Assert.Equal(403301257947.42, wld.ValueIn(2008)!.Value, 6);
        Assert.Equal(387268490931.334, wld.ValueIn(2009)!.Value, 6);
        Assert.Equal("WDI 2026-07", wld.Vintage);
        Assert.Equal("current US$", wld.Unit);
    }

    [Fact]
    public void Import_SameFileTwice_ChangesNothing()
    {
        using var t = new TempStore();
        var request = new ImportRequest(Shipped("SP.POP.TOTL.csv"), "wdi-long", "WDI 2026-07");
        t.Importer.Import(request);
        var before = t.Snapshot();

        var second = t.Importer.Import(request);

        Assert.True(second.AlreadyImported);
        Assert.Equal(before, t.Snapshot());
    }

    [Fact]
    public void Import_SameRowsFromACopiedFile_AddsNothing()
    {
        using var t = new TempStore();
        t.Importer.Import(new ImportRequest(Shipped("SP.POP.TOTL.csv"), "wdi-long", "WDI 2026-07"));
        var count = t.Store.ObservationCount();
        var text = File.ReadAllText(Shipped("SP.POP.TOTL.csv"));
        var lastLine = text.TrimEnd().Split('\n')[^1].TrimEnd('\r');
        var copy = t.WriteFile("SP.POP.TOTL.csv", text + lastLine + "\r\n"); // an identical duplicate row: deduplicated

        var summary = t.Importer.Import(new ImportRequest(copy, "wdi-long", "WDI 2026-07"));

        Assert.Equal(0, summary.Added);
        Assert.Equal(count, summary.AlreadyPresent);
        Assert.Equal(count, t.Store.ObservationCount());
    }

    [Fact]
    public void Import_ApiDs2WideCsv_ReadsPreambleVintageAndYears()
    {
        using var t = new TempStore();
        var summary = t.Importer.Import(new ImportRequest(Shipped("API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv"), "wdi-api-csv"));

        Assert.Equal("WDI 2021-09-15", summary.Dataset.Vintage);
        var wld = t.Store.Series(new SeriesQuery("BM.TRF.PWKR.CD.DT", "WLD"))!;
        // research note data-formats.md §3: WLD remittances paid 2008 $317.9 bn, 2009 $305.2 bn (2021 vintage).
        Assert.Equal(317.9e9, wld.ValueIn(2008)!.Value, 0.05e9);
        Assert.Equal(305.2e9, wld.ValueIn(2009)!.Value, 0.05e9);
        Assert.Equal("current US$", wld.Unit);
    }

    [Fact]
    public void Series_TwoVintages_NewestByReleaseDateUnlessNamed()
    {
        using var t = new TempStore();
        t.Importer.Import(new ImportRequest(Shipped("SM.POP.TOTL.csv"), "wdi-long", "WDI 2026-07"));
        var older = t.WriteFile("SM.POP.TOTL.csv", "Country Name,Country Code,Year,Value\nWorld,WLD,2010,214000000\n");
        t.Importer.Import(new ImportRequest(older, "wdi-long", "WDI 2013-04"));

        var newest = t.Store.Series(new SeriesQuery("SM.POP.TOTL", "WLD", FromYear: 2010, ToYear: 2010))!;
        var named = t.Store.Series(new SeriesQuery("SM.POP.TOTL", "WLD", "WDI 2013-04"))!;

        Assert.Equal("WDI 2026-07", newest.Vintage);
        Assert.Equal(220531436, newest.ValueIn(2010)); // data/anchors.csv
        Assert.Equal(214000000, named.ValueIn(2010));
        Assert.Equal(["WDI 2026-07", "WDI 2013-04"], t.Store.Vintages("SM.POP.TOTL", "WLD").Select(v => v.Vintage));
    }
}
