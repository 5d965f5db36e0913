using System.Text;
using Continuum.Data.Areas;
using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Tests.Fixtures;
using FsCheck.Xunit;

namespace Continuum.Data.Tests.Formats;

public sealed class BadInputVariantsTests
{
    private static readonly ReaderRegistry Registry = new(AreaRegistry.LoadDefault());

    [Theory]
    [InlineData("wb-historical", "wb-historical", "wb_remittance_inflows_usd_millions_2013-04.csv")]
    [InlineData("undesa-ims-csv", "undesa", "undesa_pd_2020_ims_stock_by_sex_and_destination_table1.csv")]
    public void RealFileAsLatin1_IsEncodingError(string format, params string[] parts)
    {
        using var t = new TempFiles();
        var text = File.ReadAllText(DataPaths.Shipped(parts), Encoding.UTF8);
        Assert.Contains(text, c => c > 127);
        var path = t.WriteBytes("latin1.csv", Encoding.Latin1.GetBytes(text));
        var ex = Assert.Throws<InputException>(() => Registry.Read(path, format));
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("knomad-long", "knomad", "wb_bilateral_remittance_estimates_2017_long.csv")]
    [InlineData("ircc", "demography", "canada", "ircc_permanent_residents_annual_1860_2014.csv")]
    public void RealFileAsUtf16_IsEncodingError(string format, params string[] parts)
    {
        using var t = new TempFiles();
        var text = File.ReadAllText(DataPaths.Shipped(parts), Encoding.UTF8);
        var path = t.WriteBytes("utf16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        var ex = Assert.Throws<InputException>(() => Registry.Read(path, format));
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("undesa-ims-xlsx", "original", "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx")]
    [InlineData("knomad-xlsx", "original", "WB_Bilateral_Estimates_Migrant_Stocks_2017.xlsx")]
    [InlineData("databank", "rpw", "rpw_corridors_databank_export_2011Q1-2020Q3.csv")]
    [InlineData("wb-historical", "wb-historical", "wb_remittance_inflows_usd_millions_2013-04.csv")]
    [InlineData("abel-cohen", "demography", "migration", "abel_cohen_2022_country_flow_totals_5y.csv")]
    public void RealFileTruncated_IsInputException(string format, params string[] parts)
    {
        using var t = new TempFiles();
        var bytes = File.ReadAllBytes(DataPaths.Shipped(parts));
        var path = t.WriteBytes("cut" + Path.GetExtension(parts[^1]), bytes[..(int)(bytes.Length * 0.6)]);
        var ex = Assert.ThrowsAny<InputException>(() => Registry.Read(path, format));
        Assert.Equal(path, ex.File);
    }

    [Theory]
    [InlineData("wpp", "demography", "wpp2024", "e0_annual_by_sex.csv")]
    [InlineData("undesa-ims-xlsx", "original", "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx")]
    [InlineData("knomad-xlsx", "original", "WB_Bilateral_Remittance_Estimates_2017.xlsx")]
    [InlineData("databank", "rpw", "rpw_corridors_databank_export_2011Q1-2020Q3.csv")]
    [InlineData("abel-cohen", "demography", "migration", "abel_cohen_2022_country_flow_totals_5y.csv")]
    public void RealFile_ThroughDetection_ReadsWithItsFormat(string format, params string[] parts)
    {
        var result = Registry.Read(DataPaths.Shipped(parts));
        Assert.Equal(format, result.Dataset.Format);
        Assert.NotEmpty(result.Observations);
        Assert.All(result.Observations, o => Assert.True(double.IsFinite(o.Value)));
    }

    [Property]
    public bool AgeGroup_RangeLabel_RoundTrips(byte a, byte width)
    {
        var start = a % 120;
        var end = start + (width % 20);
        return AgeGroup.Parse($"{start}-{end}") == (start, end) && AgeGroup.Parse($"{start}+") == (start, 999);
    }

    [Property]
    public bool Normalise_IsIdempotent(string name) =>
        name is null || AreaRegistry.Normalise(AreaRegistry.Normalise(name)) == AreaRegistry.Normalise(name);
}
