using Continuum.Data.Areas;
using Continuum.Data.Formats;
using Continuum.Data.IO;
using Continuum.Data.Store;

namespace Continuum.Data.Tests.Formats;

/// <summary>The reference values of data/anchors.csv that come from UN DESA and KNOMAD files, checked on both the xlsx and the CSV reader.</summary>
public sealed class AnchorTests
{
    private static readonly AreaRegistry Areas = AreaRegistry.LoadDefault();

    private static IEnumerable<(string Series, string Area, double Value)> Anchors(string prefix) =>
        CsvFile.Read(DataPaths.Shipped("anchors.csv")).Records
            .Where(r => r.Text("series").StartsWith(prefix, StringComparison.Ordinal))
            .Select(r => (r.Text("series"), r.Text("area_code"), r.Number("value")));

    [Theory]
    [InlineData("original", "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx")]
    [InlineData("undesa", "undesa_pd_2020_ims_stock_by_sex_and_destination_table1.csv")]
    public void UndesaAnchors_MatchExactly(params string[] parts)
    {
        var obs = UndesaImsReader.Read(DataPaths.Shipped(parts), Areas).Observations;
        var anchors = CsvFile.Read(DataPaths.Shipped("anchors.csv")).Records.Where(r => r.Text("series") == "UNDESA_IMS2020_TOTAL").ToList();
        Assert.Equal(4, anchors.Count);
        foreach (var a in anchors)
        {
            var area = Areas.Resolve(a.Text("area_code"), AreaSchemes.M49)!;
            var year = a.Year("year");
            Assert.Equal(a.Number("value"), obs.Single(o => o.Area == area && o.Year == year && o.Sex == "T").Value);
        }
    }

    [Theory]
    [InlineData("WB_BILATERAL_REMITTANCES_2017", "original", "WB_Bilateral_Remittance_Estimates_2017.xlsx")]
    [InlineData("WB_BILATERAL_REMITTANCES_2017", "knomad", "wb_bilateral_remittance_estimates_2017_long.csv")]
    [InlineData("WB_BILATERAL_MIGRANTS_2017", "original", "WB_Bilateral_Estimates_Migrant_Stocks_2017.xlsx")]
    [InlineData("WB_BILATERAL_MIGRANTS_2017", "knomad", "wb_bilateral_migrant_stocks_2017_long.csv")]
    public void KnomadAnchors_MatchToRounding(string series, params string[] parts)
    {
        var obs = KnomadReader.Read(DataPaths.Shipped(parts), Areas).Observations;
        var anchors = Anchors(series).ToList();
        Assert.NotEmpty(anchors);
        foreach (var (_, pair, value) in anchors)
        {
            var names = pair.Split("->");
            var from = Areas.Resolve(names[0], AreaSchemes.Knomad);
            var to = Areas.Resolve(names[1], AreaSchemes.Knomad);
            Observation match = obs.Single(o => o.Area == from && o.Counterpart == to);
            // anchors.csv copies the long CSV's digits; the xlsx holds the same double (relative 1e-12).
            Assert.Equal(value, match.Value, Math.Abs(value) * 1e-12);
            Assert.Equal(2017, match.Year);
        }
    }
}
