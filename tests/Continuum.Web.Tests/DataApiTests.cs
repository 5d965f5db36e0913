using System.Net;
using System.Text.Json;

namespace Continuum.Web.Tests;

public sealed class DataApiTests(ServerFixture server)
{
    [Fact]
    public async Task Series_UsaAndCanadaPopulation_ReturnsOneLinePerAreaWithVintage()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/data/series?indicator=SP.POP.TOTL&areas=USA,CAN&from=2000&to=2010");

        Assert.Equal(HttpStatusCode.OK, status);
        var lines = body.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["USA", "CAN"], lines.Select(l => l.GetProperty("area").GetString()));
        Assert.All(lines, l => Assert.Equal("WDI 2026-07", l.GetProperty("vintage").GetString()));
        var usa = lines[0];
        var years = usa.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(2000, 11), years);
        // WDI SP.POP.TOTL, United States, 2010: 309.3 million (World Bank WDI); 1 % tolerance.
        var pop2010 = usa.GetProperty("values")[10].GetDouble();
        Assert.InRange(pop2010, 306e6, 312.5e6);
    }

    [Theory]
    [InlineData("/api/data/series?indicator=SP.POP.TOTL&areas=USA&from=abc", "from")]
    [InlineData("/api/data/series?indicator=SP.POP.TOTL&areas=USA&from=2010&to=2000", "to")]
    [InlineData("/api/data/series?indicator=SP.POP.TOTL&areas=USA&from=99999999999", "from")]
    [InlineData("/api/data/series?indicator=NO.SUCH.SERIES&areas=USA", "indicator")]
    [InlineData("/api/data/series?areas=USA", "indicator")]
    [InlineData("/api/data/series?indicator=SP.POP.TOTL&areas=../../etc/passwd", "areas")]
    [InlineData("/api/data/series?indicator=SP.POP.TOTL&areas=XXZ", "areas")]
    [InlineData("/api/data/series?indicator=SP.POP.TOTL&areas=USA&vintage=WDI%201999", "vintage")]
    [InlineData("/api/data/series?indicator=SP.POP.TOTL&areas=A,B,C,D,E,F,G,H,I,J,K,L,M", "areas")]
    [InlineData("/api/data/corridors?indicator=SP.POP.TOTL", "indicator")]
    [InlineData("/api/data/corridors?area=WLD", "area")]
    [InlineData("/api/data/corridors?direction=sideways", "direction")]
    [InlineData("/api/data/corridors?top=-3", "top")]
    [InlineData("/api/data/corridors?all=yes", "all")]
    public async Task DataQuery_BadParameter_Returns400NamingIt(string url, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, url);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }

    [Fact]
    public async Task SeriesCsv_OneArea_HasHeaderAndOneRowPerYear()
    {
        var csv = await server.Client.GetStringAsync("/api/data/series.csv?indicator=SP.POP.TOTL&areas=CAN&from=2001&to=2005",
            TestContext.Current.CancellationToken);

        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("indicator,area,area_name,source,vintage,unit,year,value", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("SP.POP.TOTL,CAN,Canada,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corridors_FromPhilippines_LargestDestinationIsUnitedStates()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/data/corridors?indicator=KNOMAD.MIG.STOCK&area=PHL&direction=from&top=5");

        Assert.Equal(HttpStatusCode.OK, status);
        var corridors = body.GetProperty("corridors").EnumerateArray().ToList();
        Assert.Equal(5, corridors.Count);
        // World Bank/KNOMAD bilateral migration matrix 2017: the Philippines' largest diaspora is in the United States.
        Assert.Equal("USA", corridors[0].GetProperty("to").GetString());
        Assert.Equal(840, corridors[0].GetProperty("partnerM49").GetInt32());
        Assert.Equal("KNOMAD 2017", body.GetProperty("vintage").GetString());
    }

    [Fact]
    public async Task Corridors_AllPartners_ListsMoreThanTheTopAndSumsToTotal()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/data/corridors?indicator=KNOMAD.MIG.STOCK&area=MEX&direction=from&top=3&all=true");

        var values = body.GetProperty("corridors").EnumerateArray().Select(c => c.GetProperty("value").GetDouble()).ToList();
        Assert.True(values.Count > 3);
        Assert.Equal(body.GetProperty("total").GetDouble(), values.Sum(), 6);
    }

    [Fact]
    public async Task Indicators_List_MarksBilateralMatricesAndVintages()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/data/indicators");

        var byCode = body.EnumerateArray().ToDictionary(i => i.GetProperty("indicator").GetString()!);
        Assert.True(byCode["KNOMAD.MIG.STOCK"].GetProperty("bilateral").GetBoolean());
        Assert.False(byCode["SP.POP.TOTL"].GetProperty("bilateral").GetBoolean());
        Assert.Contains(byCode["BX.TRF.PWKR.CD.DT"].GetProperty("vintages").EnumerateArray(), v => v.GetString() == "WDI 2026-07");
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var paths = body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/evidence", paths);
        Assert.Contains("/api/data/series", paths);
        Assert.Contains("/api/data/import", paths);
        Assert.Contains("/api/jobs/{id}", paths);
    }

    [Theory]
    [InlineData("/api/nothing/here")]
    [InlineData("/api/data/..%2F..%2Fetc%2Fpasswd")]
    public async Task UnknownApiPath_Returns404WithBody(string url)
    {
        var (status, body) = await ApiJson.Get(server.Client, url);

        ApiJson.AssertClearError(HttpStatusCode.NotFound, status, body);
    }

    [Theory]
    [InlineData("/lib/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/lib/uplot/..%2F..%2F..%2Fappsettings.json")]
    public async Task StaticFiles_PathTricks_DoNotLeaveTheEmbeddedSite(string url)
    {
        using var response = await server.Client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
    }
}
