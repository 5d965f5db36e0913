using Continuum.Data.Store;

namespace Continuum.Data.Tests.Reliability;

/// <summary>
/// Every class of bad input against every CSV format, through the importer as the CLI and the server use it: each is
/// refused with an <see cref="InputException"/> naming the file and a line (the expected line where it is determined),
/// in words (no DuckDB or library text), and the store is left exactly as it was.
/// </summary>
public sealed class BadInputClassTests
{
    private static readonly (ShippedSample Sample, string Column)[] Samples =
    [
        (ShippedSample.Of("wdi-long", "wdi/SP.POP.TOTL.csv"), "Year"),
        (ShippedSample.Of("wdi-api-csv", "wdi/API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv", headerIndex: 4), "Country Code"),
        (ShippedSample.Of("knomad-long", "knomad/wb_bilateral_remittance_estimates_2017_long.csv"), "receiving_country"),
        (ShippedSample.Of("undesa-ims-csv", "undesa/undesa_pd_2020_ims_stock_by_sex_and_destination_table1.csv"), "Location code"),
        (ShippedSample.Of("wb-historical", "wb-historical/wb_remittance_inflows_usd_millions_2013-04.csv"), "Country"),
        (ShippedSample.Of("wpp", "demography/wpp2019/tfr.csv"), "country_code"),
        (ShippedSample.Of("databank", "rpw/rpw_corridors_databank_export_2011Q1-2020Q3.csv", rows: 80, footerLines: 5), "Series Code"),
        (ShippedSample.Of("abel-cohen", "demography/migration/abel_cohen_2022_country_flow_totals_5y.csv"), "iso3"),
        (ShippedSample.Of("ircc", "demography/canada/ircc_permanent_residents_annual_1860_2014.csv"), "year"),
    ];

    public static TheoryData<string> Formats() => [.. Samples.Select(s => s.Sample.Format)];

    public static TheoryData<string, BadInputKind> Cases()
    {
        var data = new TheoryData<string, BadInputKind>();
        foreach (var (sample, _) in Samples)
        {
            foreach (var kind in Enum.GetValues<BadInputKind>())
            {
                data.Add(sample.Format, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Import_IntactSample_StoresValues(string format)
    {
        var (sample, _) = Samples.Single(s => s.Sample.Format == format);
        using var h = new ImportHarness();
        var path = h.Write(sample.Relative, new System.Text.UTF8Encoding(false).GetBytes(sample.Text));

        var summary = h.Importer.Import(Request(path, format));

        Assert.True(summary.Added > 0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Import_BadInput_IsRefusedNamingFileAndLineAndChangesNothing(string format, BadInputKind kind)
    {
        var (sample, column) = Samples.Single(s => s.Sample.Format == format);
        using var h = new ImportHarness();
        var (bytes, line) = BadInput.Make(sample, kind, column);
        var path = h.Write(sample.Relative, bytes);
        var before = h.Snapshot();

        var ex = Assert.Throws<InputException>(() => h.Importer.Import(Request(path, format)));

        Assert.Equal(path, ex.File);
        Assert.NotNull(ex.Line);
        if (line > 0)
        {
            Assert.Equal(line, ex.Line);
        }

        Assert.DoesNotContain("DuckDB", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sniff", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, h.Snapshot());
    }

    private static ImportRequest Request(string path, string format) => format == "wdi-long"
        ? new ImportRequest(path, format, "WDI reliability test")
        : new ImportRequest(path, format);
}
