using System.Net;
using Continuum.Core.Development;

namespace Continuum.Web.Tests;

public sealed class IndicatorApiTests(ServerFixture server)
{
    [Fact]
    public async Task Indicators_Get_ListsEveryDefinitionInReportOrderWithUnitKeyAndDescription()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/indicators");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.EnumerateArray().ToList();
        Assert.Equal(IndicatorDefinition.All.Select(i => i.Code), rows.Select(r => r.GetProperty("code").GetString()));
        var gdp = rows[0];
        Assert.Equal("real_gdp", gdp.GetProperty("code").GetString());
        Assert.Equal("million 2017 US$", gdp.GetProperty("unit").GetString());
        Assert.True(gdp.GetProperty("key").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(gdp.GetProperty("description").GetString()));
        Assert.Equal(["real_gdp", "gdp_per_capita", "unemployment_rate", "remittances_received", "tertiary_share_residents"],
            rows.Where(r => r.GetProperty("key").GetBoolean()).Select(r => r.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Indicators_UnknownQueryKey_Returns400NamingIt()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/indicators?code=real_gdp");

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, "code");
    }
}
