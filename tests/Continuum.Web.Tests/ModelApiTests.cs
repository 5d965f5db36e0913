using System.Net;

namespace Continuum.Web.Tests;

public sealed class ModelApiTests(ServerFixture server)
{
    [Fact]
    public async Task HostEconomy_ExtraAdmissions_RaiseRealGdpAboveBase()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/host-economy?extra_admissions=100000&from=2012&years=10");

        Assert.Equal(HttpStatusCode.OK, status);
        var gdp = body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "real_gdp");
        Assert.Equal(10, gdp.GetProperty("years").GetArrayLength());
        Assert.Equal(2012, gdp.GetProperty("years")[0].GetInt32());
        Assert.True(gdp.GetProperty("difference")[9].GetDouble() > 0);
    }

    [Fact]
    public async Task HostEconomy_NoExtraAdmissions_ChangesNothing()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/models/host-economy?extra_admissions=0");

        var gdp = body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "real_gdp");
        Assert.All(gdp.GetProperty("difference").EnumerateArray(), d => Assert.Equal(0, d.GetDouble(), 9));
    }

    [Theory]
    [InlineData("from=1990", "from")]
    [InlineData("years=ten", "years")]
    [InlineData("extra_admissions=-5", "extra_admissions")]
    [InlineData("relative_productivity=NaN", "relative_productivity")]
    [InlineData("demand_multiplier=9", "demand_multiplier")]
    public async Task HostEconomy_BadSetting_Returns400NamingIt(string query, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/host-economy?" + query);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }
}
