using System.Net;

namespace Continuum.Web.Tests;

public sealed class ModelBrainGainApiTests(ServerFixture server)
{
    [Fact]
    public async Task BrainGain_DefaultTwoPeriod_ReproducesTheDocumentedExample()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/brain-gain");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = ModelJson.Rows(body);
        Assert.Equal(21, rows.Count);
        // docs/models/brain-gain.md, "Results for the example" (printed to 4 decimals): p = 0.1 and p = 1.
        Assert.Equal(0.5667, ModelJson.Cell(rows[2], body, "resident_human_capital"), 0.00005);
        Assert.Equal(0.0070, ModelJson.Cell(rows[2], body, "change"), 0.00005);
        Assert.Equal(0.5978, ModelJson.Cell(rows[20], body, "resident_human_capital"), 0.00005);
        Assert.Equal(-0.1236, ModelJson.Cell(rows[20], body, "drain"), 0.00005);
        Assert.Equal(-0.1524, ModelJson.Cell(rows[20], body, "incentive"), 0.00005);
        Assert.Equal(0.3141, ModelJson.Cell(rows[20], body, "return"), 0.00005);
        Assert.Equal(0.1277, ModelJson.Cell(rows[0], body, "schooled_share"), 0.00005);
        Assert.Equal(3, ModelJson.Chart(body, "human-capital").GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task BrainGain_HomePreference15_NobodyReturnsAtP07()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/models/brain-gain?home_preference=1.5&steps=10");

        // docs/models/brain-gain.md: with λ = 1.5 nobody returns for p ≤ 0.7.
        var rows = ModelJson.Rows(body);
        Assert.Equal(11, rows.Count);
        Assert.Equal(0, ModelJson.Cell(rows[7], body, "returnee_share"), 12);
    }

    [Fact]
    public async Task BrainGain_Bdr_MatchesTheResearchNoteTestVector()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/brain-gain?model=bdr&steps=10");

        Assert.Equal(HttpStatusCode.OK, status);
        // docs/models/brain-gain.md, Validation (models.md §2.5 test vector): dH/dp at 0 = 0.19, P(0.1) = 0.34, H(0.1) = 0.31677.
        Assert.Equal(0.19, ModelJson.Value(body, "bbd_margin"), 1e-12);
        var rows = ModelJson.Rows(body);
        Assert.Equal(0.34, ModelJson.Cell(rows[1], body, "ex_ante_skilled_share"), 1e-12);
        Assert.Equal(0.31677, ModelJson.Cell(rows[1], body, "resident_skilled_share"), 0.000005);
        Assert.Equal(0.19, ModelJson.Cell(rows[0], body, "dH_dp"), 1e-12);
    }

    [Theory]
    [InlineData("model=stark", "model")]
    [InlineData("steps=0", "steps")]
    [InlineData("steps=1001", "steps")]
    [InlineData("p_max=0", "p_max")]
    [InlineData("p_max=1.5", "p_max")]
    [InlineData("home_preference=0.5", "home_preference")]
    [InlineData("foreign_wage=abc", "foreign_wage")]
    [InlineData("return_premium=-1", "return_premium")]
    [InlineData("schooling_cost=Infinity", "schooling_cost")]
    [InlineData("model=bdr&c0=2", "c0")]
    [InlineData("model=bdr&delta=-0.1", "delta")]
    [InlineData("model=bdr&cost_max=-1", "cost_max")]
    public async Task BrainGain_BadSetting_Returns400NamingIt(string query, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/brain-gain?" + query);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }
}
