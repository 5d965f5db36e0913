using System.Net;
using Continuum.Data.IO;
using Continuum.Data.Parameters;
using Continuum.Models.Returns;

namespace Continuum.Web.Tests;

public sealed class ModelReturnsApiTests(ServerFixture server)
{
    [Fact]
    public async Task Returns_ShippedExample_ReproducesTheDocumentedNpvs()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/returns");

        Assert.Equal(HttpStatusCode.OK, status);
        // docs/models/returns.md, "Result" of the Caribbean nurse example (printed to the US$ and to 3 decimals).
        Assert.Equal(543_158, ModelJson.Value(body, "npv_private"), 0.5);
        Assert.Equal(-68_056, ModelJson.Value(body, "npv_origin_social"), 0.5);
        Assert.Equal(303_147, ModelJson.Value(body, "npv_host_social"), 0.5);
        Assert.Equal(0.204, ModelJson.Value(body, "break_even_remittance_share"), 0.0005);
        Assert.Equal(4.87, ModelJson.Value(body, "place_premium_nominal"), 0.005);
        Assert.Equal(2.94, ModelJson.Value(body, "place_premium_ppp"), 0.005);
        Assert.Equal(1, ModelJson.Row(body, "diverges_from_private", "origin_social")[2].GetDouble());
    }

    [Fact]
    public async Task Returns_Overrides_MatchTheLibraryCalledDirectly()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/models/returns?return_probability=0&remittance_share=0.3&career_years=25");

        var shipped = MigrationReturnsParameterFile.From(ParameterFile.Read(DataPaths.Shipped("parameters", "caribbean-nurse.csv")));
        var direct = new MigrationReturnsModel(shipped with { ReturnProbability = 0, RemittanceShare = 0.3, CareerYears = 25 }).Expected();
        Assert.Equal(direct.PrivateNpv, ModelJson.Value(body, "npv_private"), 1e-6);
        Assert.Equal(direct.OriginSocialNpv, ModelJson.Value(body, "npv_origin_social"), 1e-6);
        Assert.Equal(direct.HostSocialNpv, ModelJson.Value(body, "npv_host_social"), 1e-6);
    }

    [Fact]
    public async Task Returns_ReturnProbabilityZero_MatchesTheDocumentedNpv()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/models/returns?return_probability=0");

        // docs/models/returns.md: with return probability 0 the origin-social NPV is −69,788 and the private NPV 601,840 US$.
        Assert.Equal(-69_788, ModelJson.Value(body, "npv_origin_social"), 0.5);
        Assert.Equal(601_840, ModelJson.Value(body, "npv_private"), 0.5);
        Assert.Equal(21, ModelJson.Chart(body, "by-return-probability").GetProperty("lines")[0].GetProperty("x").GetArrayLength());
    }

    [Fact]
    public async Task ReturnsParameters_ListEveryKeyWithUnitAndSource()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/returns/parameters");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(MigrationReturnsParameterFile.Keys, body.EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray());
        var cost = body.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "remittance_cost_share");
        Assert.Contains("Remittance Prices Worldwide", cost.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("remittance_share=1.5", "remittance_share")]
    [InlineData("career_years=2.5", "career_years")]
    [InlineData("career_years=61", "career_years")]
    [InlineData("years_abroad_if_returning=40", "years_abroad_if_returning")]
    [InlineData("origin_wage_usd_per_year=0", "origin_wage_usd_per_year")]
    [InlineData("discount_rate_per_year=NaN", "discount_rate_per_year")]
    [InlineData("migration_cost_usd=-1", "migration_cost_usd")]
    [InlineData("vacancy_years=x", "vacancy_years")]
    public async Task Returns_BadParameter_Returns400NamingIt(string query, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/returns?" + query);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }
}
