using Continuum.Data.IO;
using Continuum.Evidence.Claims;
using Continuum.Evidence.Verdicts;

namespace Continuum.Evidence.Tests;

/// <summary>
/// The shipped claims evaluated over the shipped data. Expected measured values are computed by hand from the
/// published numbers in data/anchors.csv and data/README.md (cited per case), not copied from the program.
/// </summary>
public sealed class ShippedLedgerTests(ShippedStoreFixture fixture) : IClassFixture<ShippedStoreFixture>
{
    private readonly IReadOnlyList<EvidenceRow> _rows = Evaluate(fixture);

    private static IReadOnlyList<EvidenceRow> Evaluate(ShippedStoreFixture fixture)
    {
        var set = ClaimFileReader.Read(DataPaths.Shipped("claims", "knomad-ottawa-seminar.toml"));
        var ledger = new EvidenceLedger(fixture.Store);
        ledger.Validate(set);
        return ledger.Evaluate(set);
    }

    private EvidenceRow Row(string id, int measure = 0) => _rows.Where(r => r.Claim.Id == id).ElementAt(measure);

    [Fact]
    public void Migrants2010_UnDesa2020_Is220Point98Million()
    {
        // data/README.md: UN DESA IMS 2020 WORLD 2010 = 220,983,187.
        var row = Row("migrants-2010");
        Assert.Equal(220.983187, row.Measured!.Value, 6);
        Assert.Equal("UN DESA IMS 2020", row.Vintage);
        Assert.Equal(Verdict.Supported, row.Verdict); // |220.98 - 232| = 11.0 <= 5 % of 232 = 11.6
    }

    [Fact]
    public void RemittancesVsOda_Lmy2013_IsAbout2Point47()
    {
        // data/anchors.csv: LMY remittances 2013 = 361,759,458,204.045; LMY net ODA 2013 = 146,665,484,375.
        var row = Row("remittances-vs-oda-2013");
        Assert.Equal(361759458204.045 / 146665484375, row.Measured!.Value, 9);
        Assert.Equal(Verdict.NotSupported, row.Verdict);
    }

    [Fact]
    public void RemittancesCrisisDrop_Lmy2008To2009_IsMinus3Point15Percent()
    {
        // data/anchors.csv: LMY 2008 = 267,051,436,057.325; 2009 = 258,640,826,288.043.
        var row = Row("remittances-crisis-drop");
        Assert.Equal((258640826288.043 / 267051436057.325 - 1) * 100, row.Measured!.Value, 9);
    }

    [Fact]
    public void RemittancesCrisisDrop_April2013Vintage_IsMinus5Point9Percent()
    {
        // data/README.md: April 2013 release, all countries, 463.8 bn (2008) to 436.4 bn (2009), -5.9 %.
        var row = Row("remittances-crisis-drop", 1);
        Assert.Equal(-5.9, row.Measured!.Value, 0.1);
        Assert.Equal("World Bank April 2013", row.Vintage);
    }

    [Fact]
    public void CapitalFlows_FdiPlusDebtLmy2008To2009_IsMinus29Percent()
    {
        // data/anchors.csv: LMY FDI 524.83 bn (2008) to 381.24 bn (2009); net debt flows 242.13 bn to 160.11 bn.
        var row = Row("capital-flows-crisis-drop");
        Assert.Equal(((381237402836.87 + 160111623390) / (524833732652.618 + 242129945013.6) - 1) * 100, row.Measured!.Value, 9);
        Assert.Equal(Verdict.NotSupported, row.Verdict);
    }

    [Fact]
    public void Aid_MeanWorldOda2008To2012_Is129Point9Billion()
    {
        // data/anchors.csv: WLD net ODA 2008-2012.
        var expected = (126748578125 + 126455164062.5 + 121420023437.5 + 140255203125 + 134426421875) / 5 / 1e9;
        var row = Row("aid-130bn");
        Assert.Equal(expected, row.Measured!.Value, 9);
        Assert.Equal(Verdict.Supported, row.Verdict);
    }

    [Fact]
    public void SsaRemittances2013_Is37Point6Billion_NotOver50()
    {
        var row = Row("ssa-remittances-50bn");
        Assert.Equal(37550414098.6802 / 1e9, row.Measured!.Value, 9); // data/anchors.csv
        Assert.Equal(Verdict.NotSupported, row.Verdict);
    }

    [Fact]
    public void Canada2012Admissions_Is257903()
    {
        var row = Row("canada-250k-immigrants");
        Assert.Equal(257903, row.Measured!.Value); // data/demography/README.md (IRCC Facts and Figures 2014)
        Assert.Equal(Verdict.Supported, row.Verdict);
    }

    [Fact]
    public void RecruitmentAgencies_HasNoDataSet() => Assert.Equal(Verdict.NoData, Row("recruitment-agencies-1900").Verdict);

    [Fact]
    public void EveryMeasuredRow_NamesSourceAndVintage()
    {
        foreach (var row in _rows.Where(r => r.Measured is not null))
        {
            Assert.False(string.IsNullOrEmpty(row.Source), row.Claim.Id);
            Assert.False(string.IsNullOrEmpty(row.Vintage), row.Claim.Id);
        }
    }

    [Fact]
    public void Validate_UnknownIndicator_NamesFileAndLine()
    {
        var set = ClaimFileReader.Parse("x.toml", """
            [[claim]]
            id = "a"
            speaker = "s"
            session = "x"
            claim = "c"
            claimed = 1
            unit = "u"
              [[claim.measure]]
              of = { indicator = "NO.SUCH.SERIES", areas = ["WLD"], years = 2010 }
            """);
        var ex = Assert.Throws<InputException>(() => new EvidenceLedger(fixture.Store).Validate(set));
        Assert.Equal("x.toml", ex.File);
        Assert.Equal(9, ex.Line);
    }
    [Fact]
    public void Workforce_AfricaPlusAsia15To64_MatchesDirectSumOfWpp2019File()
    {
        // Independent path: sum the shipped WPP 2019 file directly (thousands), Africa (903) + Asia (935), ages 15-64.
        var csv = CsvFile.Read(DataPaths.Shipped("demography", "wpp2019", "population_by_age_sex.csv"));
        double Sum(int year, params int[] codes) => csv.Records
            .Where(r => codes.Contains(r.Integer("country_code")) && r.Integer("year") == year && r.Integer("age_start") is >= 15 and <= 60)
            .Sum(r => r.Number("population_thousands"));
        var expected = (Sum(2050, 903, 935) - Sum(2005, 903, 935)) / 1e3;

        var row = Row("workforce-asia-africa-2050");
        Assert.Equal(expected, row.Measured!.Value, 6);
        Assert.Equal("WPP 2019", row.Vintage);
        Assert.Equal(Sum(2005, 908) / 1e3, Row("workforce-asia-africa-2050", 1).Measured!.Value, 6);
    }
    [Fact]
    public void CanadaGdp_ModelMeasure_EqualsDirectHostEconomyRun()
    {
        var wpp = Continuum.Data.Demography.WppDemography.LoadShipped();
        var labour = Continuum.Data.Demography.CanadaHostEconomy.BasePopulationFromWpp(wpp, 2012, 10);
        var parameters = Continuum.Data.Demography.CanadaHostEconomy.Parameters(wpp, DataPaths.Shipped("demography"), labour, 2012, 10, 10, 100_000).Validate();
        var direct = Continuum.Models.HostEconomy.HostEconomyModel.Run(parameters, labour)["real_gdp"].Difference(9);

        var row = Row("canada-100k-gdp-2.3");
        Assert.Equal(direct, row.Measured!.Value, 12);
        Assert.InRange(row.Measured!.Value, 0.5, 5); // docs/models/host-economy.md reports +2.40 %
    }

    [Fact]
    public void Validate_UnknownModelOutput_NamesFileAndLine()
    {
        var set = ClaimFileReader.Parse("m.toml", """
            [[claim]]
            id = "a"
            speaker = "s"
            session = "x"
            claim = "c"
            claimed = 1
            unit = "u"
              [[claim.measure]]
              op = "model"
              model = "host-economy"
              output = "happiness"
              year = 2021
            """);
        var ex = Assert.Throws<InputException>(() => new EvidenceLedger(fixture.Store).Validate(set));
        Assert.Equal("m.toml", ex.File);
        Assert.Equal(10, ex.Line);
        Assert.Equal("output", ex.Field);
    }
}
