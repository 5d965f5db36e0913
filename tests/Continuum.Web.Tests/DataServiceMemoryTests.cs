using Continuum.Web.Data;

namespace Continuum.Web.Tests;

/// <summary>Series and corridors answered from memory: loaded once per store state, dropped after an import.</summary>
public sealed class DataServiceMemoryTests
{
    private const string Indicator = "TEST.MEMORY";

    [Fact]
    public async Task Series_AfterAnImport_AnswersFromTheNewStoreState()
    {
        using var t = new DataTempStore();
        t.ImportWdiLong(Indicator, "Test 2020-01", "Canada,CAN,2001,1.5", "Canada,CAN,2002,2.5", "Mexico,MEX,2001,3.5");
        var before = await t.Data.SeriesAsync(Request("CAN,MEX"));
        Assert.Contains(Indicator, t.Data.IndicatorsInMemory);

        t.ImportWdiLong(Indicator, "Test 2021-01", "Canada,CAN,2003,9.5");
        var after = await t.Data.SeriesAsync(Request("CAN,MEX"));

        Assert.Equal(["Test 2020-01", "Test 2020-01"], before.Lines.Select(l => l.Vintage));
        Assert.Equal([2001, 2002], before.Lines[0].Years);
        // Canada now has a newer vintage; Mexico only the older one.
        Assert.Equal(["Test 2021-01", "Test 2020-01"], after.Lines.Select(l => l.Vintage));
        Assert.Equal([2003], after.Lines[0].Years);
        Assert.Equal([9.5], after.Lines[0].Values);
        Assert.Equal([3.5], after.Lines[1].Values);
    }

    [Fact]
    public async Task Series_NamedVintageYearRangeAndAreasWithoutData_FollowTheRequest()
    {
        using var t = new DataTempStore();
        t.ImportWdiLong(Indicator, "Test 2020-01", "Canada,CAN,2001,1.5", "Canada,CAN,2002,2.5", "Mexico,MEX,2001,3.5");
        t.ImportWdiLong(Indicator, "Test 2021-01", "Canada,CAN,2003,9.5");

        var older = await t.Data.SeriesAsync(Request("CAN,MEX,USA", vintage: "Test 2020-01"));
        var range = await t.Data.SeriesAsync(Request("CAN,MEX", from: 2002, to: 2002, vintage: "Test 2020-01"));
        var newest = await t.Data.SeriesAsync(Request("CAN,MEX", from: 2002, to: 2002));

        Assert.Equal([[1.5, 2.5], [3.5]], older.Lines.Select(l => l.Values));
        Assert.Equal(["USA"], older.Missing);
        Assert.Equal(["CAN"], range.Lines.Select(l => l.Area));
        Assert.Equal(["MEX"], range.Missing);
        // The newest vintage holding Canada has no 2002: Canada is missing rather than answered from an older vintage, as in the store.
        Assert.Equal(["CAN", "MEX"], newest.Missing);
    }

    private static SeriesRequest Request(string areas, int from = 1960, int to = 2100, string? vintage = null) =>
        new(Indicator, areas.Split(','), from, to, vintage);
}
