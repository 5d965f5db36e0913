using Continuum.Data.Areas;
using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Tests.Fixtures;

namespace Continuum.Data.Tests.Formats;

public sealed class UndesaImsReaderTests
{
    private static readonly AreaRegistry Areas = AreaRegistry.LoadDefault();
    private static string Xlsx => DataPaths.Shipped("original", "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx");
    private static string Csv => DataPaths.Shipped("undesa", "undesa_pd_2020_ims_stock_by_sex_and_destination_table1.csv");

    [Fact]
    public void Xlsx_World_MatchesPublishedTotals()
    {
        var result = UndesaImsReader.ReadXlsx(Xlsx, Areas);
        var world = result.Observations.Where(o => o.Area == "WLD" && o.Sex == "T").ToDictionary(o => o.Year, o => o.Value);
        // UN DESA IMS 2020 Table 1, WORLD both sexes (data/README.md, research/data-formats.md §1.4): exact persons.
        Assert.Equal(220_983_187, world[2010]);
        Assert.Equal(152_986_157, world[1990]);
        Assert.Equal(280_598_105, world[2020]);
        Assert.Equal("UN DESA IMS 2020", result.Dataset.Vintage);
        Assert.Equal("undesa-ims-xlsx", result.Dataset.Format);
    }

    [Fact]
    public void Xlsx_SexBlocks_AddUpToBothSexes()
    {
        var obs = UndesaImsReader.ReadXlsx(Xlsx, Areas).Observations;
        var world2010 = obs.Where(o => o.Area == "WLD" && o.Year == 2010).ToDictionary(o => o.Sex, o => o.Value);
        // Table 1, WORLD 2010: males 113,940,881 + females 107,042,306 = 220,983,187.
        Assert.Equal(113_940_881, world2010["M"]);
        Assert.Equal(107_042_306, world2010["F"]);
        Assert.Equal(world2010["T"], world2010["M"] + world2010["F"]);
    }

    [Fact]
    public void XlsxAndCsv_GiveIdenticalObservations()
    {
        var x = UndesaImsReader.ReadXlsx(Xlsx, Areas).Observations;
        var c = UndesaImsReader.ReadCsv(Csv, Areas).Observations;
        Assert.True(x.Count > 5000);
        Assert.Equal(c, x);
    }

    [Fact]
    public void Aggregates_HaveOwnCodes_CountriesIso3()
    {
        var obs = UndesaImsReader.ReadCsv(Csv, Areas).Observations;
        Assert.Contains(obs, o => o.Area == "M49-947");
        Assert.Contains(obs, o => o.Area == "CAN");
        Assert.Contains(obs, o => o.Area == "TKL");
    }

    [Fact]
    public void Xlsx_MissingSheet_NamesFileAndSheet()
    {
        var ex = Assert.Throws<InputException>(() => UndesaImsReader.ReadXlsx(Xlsx, Areas, "Table 9"));
        Assert.Equal("Table 9", ex.Field);
        Assert.Contains("Table 1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Xlsx, ex.File);
    }

    [Fact]
    public void CorruptZip_ThrowsInputException()
    {
        using var t = new TempFiles();
        var bytes = File.ReadAllBytes(Xlsx);
        var path = t.WriteBytes("broken.xlsx", bytes[..(bytes.Length / 3)]);
        var ex = Assert.ThrowsAny<InputException>(() => UndesaImsReader.ReadXlsx(path, Areas));
        Assert.Equal(path, ex.File);
    }

    [Fact]
    public void Csv_UnknownLocationCode_Throws()
    {
        using var t = new TempFiles();
        var lines = File.ReadAllLines(Csv);
        lines[2] = lines[2].Replace(",947,", ",9470,", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => UndesaImsReader.ReadCsv(t.Write("ims.csv", string.Join('\n', lines.Take(10)) + "\n"), Areas));
        Assert.Equal("Location code", ex.Field);
    }

    [Fact]
    public void Csv_NonNumberValue_Throws()
    {
        using var t = new TempFiles();
        var text = TempFiles.Head(Csv, 3).Replace(",220983187,", ",22O983187,", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => UndesaImsReader.ReadCsv(t.Write("ims.csv", text), Areas));
        Assert.Equal("2010 both sexes", ex.Field);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Csv_TruncatedToHeader_Throws()
    {
        using var t = new TempFiles();
        var ex = Assert.Throws<InputException>(() => UndesaImsReader.ReadCsv(t.Write("ims.csv", TempFiles.Head(Csv, 1)), Areas));
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_NameContradictsCode_Throws()
    {
        using var t = new TempFiles();
        var text = TempFiles.Head(Csv, 3).Replace("Sub-Saharan Africa", "Canada", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => UndesaImsReader.ReadCsv(t.Write("ims.csv", text), Areas));
        Assert.Equal(3, ex.Line);
        Assert.Equal("Region, development group, country or area", ex.Field);
    }
}
