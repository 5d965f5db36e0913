using Continuum.Data.Areas;
using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Tests.Fixtures;

namespace Continuum.Data.Tests.Formats;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("wdi-long", "wdi", "SP.POP.TOTL.csv")]
    [InlineData("wdi-api-csv", "wdi", "API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv")]
    [InlineData("databank", "rpw", "rpw_corridors_databank_export_2011Q1-2020Q3.csv")]
    [InlineData("undesa-ims-xlsx", "original", "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx")]
    [InlineData("undesa-ims-csv", "undesa", "undesa_pd_2020_ims_stock_by_sex_and_destination_table1.csv")]
    [InlineData("knomad-xlsx", "original", "WB_Bilateral_Remittance_Estimates_2017.xlsx")]
    [InlineData("knomad-xlsx", "original", "WB_Bilateral_Estimates_Migrant_Stocks_2017.xlsx")]
    [InlineData("knomad-long", "knomad", "wb_bilateral_migrant_stocks_2017_long.csv")]
    [InlineData("wb-historical", "wb-historical", "wb_remittance_inflows_usd_millions_2013-04.csv")]
    [InlineData("wpp", "demography", "wpp2019", "tfr.csv")]
    [InlineData("wpp", "demography", "wpp2024", "population_total_projection_annual.csv")]
    [InlineData("abel-cohen", "demography", "migration", "abel_cohen_2022_country_flow_totals_5y.csv")]
    [InlineData("ircc", "demography", "canada", "ircc_permanent_residents_annual_1860_2014.csv")]
    public void ShippedFile_IsDetectedByContent(string expected, params string[] parts)
    {
        var path = DataPaths.Shipped(parts);
        Assert.Equal(expected, FormatDetector.Detect(path));
        using var t = new TempFiles();
        var renamed = t.WriteBytes(Path.Combine(parts[^2] == "wpp2019" || parts[^2] == "wpp2024" ? parts[^2] : "x", "data.bin"), File.ReadAllBytes(path));
        Assert.Equal(expected, FormatDetector.Detect(renamed));
    }

    [Fact]
    public void EveryWppExtract_IsDetectedAsWpp()
    {
        var files = new[] { "wpp2019", "wpp2024" }.SelectMany(v => Directory.GetFiles(DataPaths.Shipped("demography", v), "*.csv")).ToList();
        Assert.Equal(16, files.Count);
        Assert.All(files, f => Assert.Equal("wpp", FormatDetector.Detect(f)));
    }

    [Fact]
    public void UnknownLayout_ListsKnownFormats()
    {
        using var t = new TempFiles();
        var ex = Assert.Throws<InputException>(() => FormatDetector.Detect(t.Write("a.csv", "foo,bar\n1,2\n")));
        Assert.Contains("knomad-long", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16File_IsRejected()
    {
        using var t = new TempFiles();
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("year,permanent_residents_admitted\n2012,257903\n")).ToArray();
        var ex = Assert.Throws<InputException>(() => FormatDetector.Detect(t.WriteBytes("u.csv", bytes)));
        Assert.Contains("UTF-16", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_ReadsEveryDetectableShippedFormat()
    {
        var registry = new ReaderRegistry(AreaRegistry.LoadDefault());
        var result = registry.Read(DataPaths.Shipped("demography", "canada", "ircc_permanent_residents_annual_1860_2014.csv"));
        Assert.Equal("ircc", result.Dataset.Format);
        Assert.Throws<InputException>(() => registry.Read(DataPaths.Shipped("wdi", "SP.POP.TOTL.csv")));
        Assert.Throws<InputException>(() => registry.Read(DataPaths.Shipped("wdi", "SP.POP.TOTL.csv"), "nonsense"));
    }
}
