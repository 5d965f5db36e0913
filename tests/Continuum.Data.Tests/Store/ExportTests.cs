using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Store;

public sealed class ExportTests
{
    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void Export_SelectedSeries_WritesEveryRowReadableByDuckDb(string format)
    {
        using var t = new TempStore();
        t.Importer.Import(new ImportRequest(DataPaths.Shipped("wdi", "DT.ODA.ODAT.CD.csv"), "wdi-long", "WDI 2026-07"));
        var expected = Convert.ToInt64(t.Store.Scalar("SELECT count(*) FROM observations WHERE area = 'LMY'"), System.Globalization.CultureInfo.InvariantCulture);
        var path = Path.Combine(t.Directory, "out." + format);

        var written = StoreExport.Export(t.Store, path, format, "DT.ODA.ODAT.CD", ["LMY"], null);

        Assert.Equal(expected, written);
        var reader = format == "csv" ? "read_csv" : "read_parquet";
        var back = t.Store.Query($"SELECT count(*), sum(value) FILTER (WHERE year = 2013) FROM {reader}('{path}')", r => (r.GetInt64(0), r.GetDouble(1)));
        Assert.Equal(expected, back[0].Item1);
        Assert.Equal(146665484375, back[0].Item2, 1); // data/anchors.csv: LMY net ODA 2013
        Assert.Empty(Directory.GetFiles(t.Directory, "*.tmp"));
    }

    [Fact]
    public void Export_SameStoreTwice_ByteIdenticalCsv()
    {
        using var t = new TempStore();
        t.Importer.Import(new ImportRequest(DataPaths.Shipped("wdi", "DT.ODA.ODAT.CD.csv"), "wdi-long", "WDI 2026-07"));
        var a = Path.Combine(t.Directory, "a.csv");
        var b = Path.Combine(t.Directory, "b.csv");
        StoreExport.Export(t.Store, a, "csv", null, [], null);
        StoreExport.Export(t.Store, b, "csv", null, [], null);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }
}
