using Continuum.Data.IO;
using Continuum.Data.Store;
using Continuum.Data.Tests.Store;

namespace Continuum.Data.Tests;

public sealed class IndicatorSeriesQueryTests
{
    private const string Indicator = "BX.TRF.PWKR.CD.DT";

    [Fact]
    public void IndicatorSeries_RealWdiFileInTwoVintages_EverySeriesEqualsStoreSeries()
    {
        using var t = new TempStore();
        ImportTwoVintages(t);

        var all = t.Store.IndicatorSeries(Indicator);

        var pairs = t.Store.Query($"SELECT DISTINCT vintage, area FROM observations WHERE indicator = '{Indicator}'", r => (r.GetString(0), r.GetString(1)));
        Assert.Equal(pairs.Order().ToList(), all.Select(s => (s.Vintage, s.Area)).Order().ToList());
        Assert.True(all.Count > 200); // 246 areas in the shipped file, 2 in the older vintage
        foreach (var s in all)
        {
            var expected = t.Store.Series(new SeriesQuery(Indicator, s.Area, s.Vintage))!;
            Assert.Equal((expected.Source, expected.Unit, expected.Vintage, expected.Indicator), (s.Source, s.Unit, s.Vintage, s.Indicator));
            Assert.Equal(expected.Points, s.Points);
        }
    }

    [Fact]
    public void IndicatorSeries_PointsOfEachSeries_AreSortedByYearThenPeriod()
    {
        using var t = new TempStore();
        ImportTwoVintages(t);

        var all = t.Store.IndicatorSeries(Indicator);

        Assert.All(all, s => Assert.Equal(s.Points.OrderBy(p => p.Year).ThenBy(p => p.Period, StringComparer.Ordinal), s.Points));
    }

    [Fact]
    public void IndicatorSeries_UnknownIndicator_IsEmpty()
    {
        using var t = new TempStore();
        ImportTwoVintages(t);

        Assert.Empty(t.Store.IndicatorSeries("NO.SUCH.SERIES"));
    }

    /// <summary>The shipped WDI file as "WDI 2026-07", and its rows up to 2010 for a few countries as an older vintage.</summary>
    private static void ImportTwoVintages(TempStore t)
    {
        var path = DataPaths.Shipped("wdi", Indicator + ".csv");
        t.Importer.Import(new ImportRequest(path, "wdi-long", "WDI 2026-07"));
        var lines = File.ReadAllLines(path);
        var older = lines.Skip(1).Where(l => (l.Contains(",CAN,", StringComparison.Ordinal) || l.Contains(",MDA,", StringComparison.Ordinal))
                                             && string.CompareOrdinal(l.Split(',')[^2], "2010") <= 0);
        var file = t.WriteFile("older.csv", string.Join('\n', older.Prepend(lines[0])) + "\n");
        t.Importer.Import(new ImportRequest(file, "wdi-long", "WDI 2012-04", Indicator));
    }
}
