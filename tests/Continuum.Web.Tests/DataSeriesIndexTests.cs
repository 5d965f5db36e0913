using Continuum.Data.Store;
using Continuum.Web.Data;
using Continuum.Web.Storage;

namespace Continuum.Web.Tests;

/// <summary>The in-memory series index answers exactly what <c>store.Series</c> answers, over the shipped data.</summary>
public sealed class DataSeriesIndexTests(ServerFixture server)
{
    [Theory]
    [InlineData("BX.TRF.PWKR.CD.DT", 100)] // two vintages: WDI 2026-07 and World Bank April 2013
    [InlineData("SM.POP.TOTL", 100)] // WDI 2026-07 and UN DESA IMS 2020, with areas only in the older one
    [InlineData("WPP.POP", 50)] // WPP 2024 and WPP 2019; the 2019 file also has rows by sex and age
    [InlineData("WPP.E0", 50)] // by sex
    [InlineData("AC.EMIG.TOTAL", 100)] // 5-year periods
    [InlineData("KNOMAD.MIG.STOCK", 0)] // bilateral: every area is held only with a counterpart, so no series at all
    public void Find_EveryAreaVintageAndSomeYearRanges_EqualsStoreSeries(string indicator, int leastFound)
    {
        var gate = server.Service<StoreGate>();
        var catalog = server.Service<DataCatalog>();
        var index = new IndicatorSeriesIndex(indicator, gate.Read(s => s.IndicatorSeries(indicator)));
        var vintages = catalog.Indicator(indicator).Vintages.Prepend(null).ToList();
        var areas = catalog.Areas.Keys.Order(StringComparer.Ordinal).Append("NOPE").ToList();
        var random = new Random(6);
        var found = 0;

        gate.Read(store =>
        {
            foreach (var area in areas)
            {
                foreach (var vintage in vintages)
                {
                    var from = random.Next(1940, 2030);
                    foreach (var (first, last) in new[] { (1800, 2200), (from, from + random.Next(0, 40)) })
                    {
                        var expected = store.Series(new SeriesQuery(indicator, area, vintage, first, last));
                        AssertSame(expected, index.Find(area, vintage, first, last), $"{area} {vintage ?? "newest"} {first}-{last}");
                        found += expected is null ? 0 : 1;
                    }
                }
            }

            return found;
        });

        Assert.True(found >= leastFound, $"only {found} series found");
    }

    [Fact]
    public void Find_NoVintageNamed_UsesTheNewestVintageHoldingTheArea()
    {
        var gate = server.Service<StoreGate>();
        var index = new IndicatorSeriesIndex("SM.POP.TOTL", gate.Read(s => s.IndicatorSeries("SM.POP.TOTL")));
        var onlyInDesa = gate.Read(s => s.Query("""
            SELECT area FROM observations WHERE indicator = 'SM.POP.TOTL' GROUP BY area
            HAVING bool_and(vintage = 'UN DESA IMS 2020') ORDER BY area LIMIT 1
            """, r => r.GetString(0))).Single();

        Assert.Equal("WDI 2026-07", index.Find("USA", null, 1800, 2200)!.Vintage);
        Assert.Equal("UN DESA IMS 2020", index.Find(onlyInDesa, null, 1800, 2200)!.Vintage);
        Assert.Equal("UN DESA IMS 2020", index.Find("USA", "UN DESA IMS 2020", 1800, 2200)!.Vintage);
    }

    [Fact]
    public void Find_YearFilter_KeepsOnlyYearsInRangeAndNullWhenNone()
    {
        var gate = server.Service<StoreGate>();
        var index = new IndicatorSeriesIndex("SP.POP.TOTL", gate.Read(s => s.IndicatorSeries("SP.POP.TOTL")));

        var usa = index.Find("USA", null, 2000, 2010)!;

        Assert.Equal(Enumerable.Range(2000, 11), usa.Points.Select(p => p.Year));
        Assert.Null(index.Find("USA", null, 1800, 1850));
        Assert.Null(index.Find("XXZ", null, 1800, 2200));
        Assert.Null(index.Find("USA", "WDI 1999", 1800, 2200));
    }

    [Theory]
    [InlineData("WPP.TFR")] // annual values (WPP 2024) and 5-year periods (WPP 2019)
    [InlineData("AC.IMMIG.TOTAL")]
    [InlineData("BX.TRF.PWKR.CD.DT")]
    public async Task Series_EveryAreaInGroupsOfTwelve_EqualsLinesBuiltFromStoreSeries(string indicator)
    {
        var gate = server.Service<StoreGate>();
        var catalog = server.Service<DataCatalog>();
        var data = server.Service<DataService>();
        var areas = catalog.Areas.Keys.Order(StringComparer.Ordinal).ToList();

        foreach (var chunk in areas.Chunk(SeriesRequest.MaxAreas))
        {
            var view = await data.SeriesAsync(new SeriesRequest(indicator, chunk, 1800, 2200, null));

            var expected = gate.Read(store => chunk.Select(a => store.Series(new SeriesQuery(indicator, a, null, 1800, 2200))).ToList());
            Assert.Equal(chunk.Where((_, i) => expected[i] is null), view.Missing);
            var lines = expected.OfType<Series>().Select(OneValuePerYear).ToList();
            Assert.Equal(lines.Select(l => (l.Area, l.Vintage, l.Source)), view.Lines.Select(l => (l.Area, l.Vintage, l.Source)));
            Assert.Equal(lines.Select(l => l.Years), view.Lines.Select(l => l.Years));
            Assert.Equal(lines.Select(l => l.Values), view.Lines.Select(l => l.Values));
        }
    }

    /// <summary>The explorer's rule as first written: per year the annual value (period "2001"), else the year's first period.</summary>
    private static (string Area, string Vintage, string Source, List<int> Years, List<double> Values) OneValuePerYear(Series s)
    {
        var byYear = s.Points.GroupBy(p => p.Year).Select(g => g.OrderBy(p => p.Period.Length == 4 ? 0 : 1).First()).OrderBy(p => p.Year).ToList();
        return (s.Area, s.Vintage, s.Source, byYear.Select(p => p.Year).ToList(), byYear.Select(p => p.Value).ToList());
    }

    private static void AssertSame(Series? expected, Series? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: store {(expected is null ? "none" : "a series")}, index {(actual is null ? "none" : "a series")}");
            return;
        }

        Assert.Equal((expected.Indicator, expected.Area, expected.Source, expected.Vintage, expected.Unit),
            (actual.Indicator, actual.Area, actual.Source, actual.Vintage, actual.Unit));
        Assert.True(expected.Points.SequenceEqual(actual.Points), $"{what}: points differ");
    }
}
