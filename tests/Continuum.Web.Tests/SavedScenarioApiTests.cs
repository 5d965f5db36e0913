using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Continuum.Web.Tests;

/// <summary>Scenarios saved from the web: <c>POST /api/scenarios/saved</c>, <c>DELETE /api/scenarios/saved/{name}</c>.</summary>
public sealed class SavedScenarioApiTests(ServerFixture server)
{
    private const string Levers = """
        "scenario": "small", "replicates": 1, "engine": {"emigration_rate_multiplier": {"MDA": 1.5}},
        "development": {"remittance_cost": {"ALL": 0.03}, "return_premium": {"ROU": 0.2}}
        """;

    [Fact]
    public async Task SavedScenario_CreateListRunDelete_RoundTripsItsLevers()
    {
        using var created = await Send(HttpMethod.Post, "/api/scenarios/saved", $$"""{"name": "cheap-remit-a", {{Levers}}}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var listed = (await ApiJson.Get(server.Client, "/api/scenarios")).Body.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "cheap-remit-a");
        Assert.True(listed.GetProperty("saved").GetBoolean());
        Assert.Equal("small", listed.GetProperty("base").GetString());
        Assert.Equal(0.03, listed.GetProperty("development").GetProperty("remittance_cost").GetProperty("ALL").GetDouble(), 12);
        Assert.Equal(1.5, listed.GetProperty("engine").GetProperty("emigration_rate_multiplier").GetProperty("MDA").GetDouble(), 12);

        using var run = await Send(HttpMethod.Post, "/api/runs", """{"scenario": "cheap-remit-a", "seed": 5}""");
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var result = (await RunWait.Done(server, (await ApiJson.Read(run)).GetProperty("id").GetString()!)).GetProperty("result");
        var toml = result.GetProperty("scenarioToml").GetString()!;
        Assert.Equal("cheap-remit-a", result.GetProperty("scenario").GetString());
        Assert.StartsWith("name = \"cheap-remit-a\"\n", toml, StringComparison.Ordinal);
        Assert.DoesNotContain("extends", toml, StringComparison.Ordinal);
        Assert.Contains("ALL = 0.03", toml, StringComparison.Ordinal);
        Assert.Contains("seed = 5", toml, StringComparison.Ordinal);

        using var deleted = await Send(HttpMethod.Delete, "/api/scenarios/saved/cheap-remit-a", null);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain((await ApiJson.Get(server.Client, "/api/scenarios")).Body.EnumerateArray(), s => s.GetProperty("name").GetString() == "cheap-remit-a");
    }

    [Theory]
    [InlineData("""{"name": "small", "scenario": "small"}""", HttpStatusCode.Conflict, "name")]
    [InlineData("""{"name": "Bad Name", "scenario": "small"}""", HttpStatusCode.BadRequest, "name")]
    [InlineData("""{"name": "../etc", "scenario": "small"}""", HttpStatusCode.BadRequest, "name")]
    [InlineData("""{"name": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "scenario": "small"}""", HttpStatusCode.BadRequest, "name")]
    [InlineData("""{"scenario": "small"}""", HttpStatusCode.BadRequest, "name")]
    [InlineData("""{"name": "bad-cost", "scenario": "small", "development": {"remittance_cost": {"ALL": -1}}}""", HttpStatusCode.BadRequest, "development.remittance_cost.ALL")]
    [InlineData("""{"name": "bad-base", "scenario": "nope"}""", HttpStatusCode.BadRequest, "scenario")]
    public async Task SaveScenario_BadRequest_ReturnsClearErrorAndSavesNothing(string json, HttpStatusCode expected, string field)
    {
        var before = await Names();

        using var response = await Send(HttpMethod.Post, "/api/scenarios/saved", json);

        ApiJson.AssertClearError(expected, response.StatusCode, await ApiJson.Read(response), field);
        Assert.Equal(before, await Names());
    }

    [Fact]
    public async Task SaveScenario_NameAlreadySaved_Returns409AndKeepsTheFirst()
    {
        using var first = await Send(HttpMethod.Post, "/api/scenarios/saved", $$"""{"name": "twice-saved", {{Levers}}}""");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await Send(HttpMethod.Post, "/api/scenarios/saved", """{"name": "twice-saved", "scenario": "small"}""");

        ApiJson.AssertClearError(HttpStatusCode.Conflict, second.StatusCode, await ApiJson.Read(second), "name");
        var kept = (await ApiJson.Get(server.Client, "/api/scenarios")).Body.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "twice-saved");
        Assert.Equal(1.5, kept.GetProperty("engine").GetProperty("emigration_rate_multiplier").GetProperty("MDA").GetDouble(), 12);
        using var cleanup = await Send(HttpMethod.Delete, "/api/scenarios/saved/twice-saved", null);
        Assert.Equal(HttpStatusCode.NoContent, cleanup.StatusCode);
    }

    [Fact]
    public async Task SavedScenario_WithoutToken_Returns401AndChangesNothing()
    {
        var before = await Names();

        using var save = await Send(HttpMethod.Post, "/api/scenarios/saved", $$"""{"name": "no-token", {{Levers}}}""", token: null);
        using var delete = await Send(HttpMethod.Delete, "/api/scenarios/saved/no-token", null, token: null);

        ApiJson.AssertClearError(HttpStatusCode.Unauthorized, save.StatusCode, await ApiJson.Read(save));
        ApiJson.AssertClearError(HttpStatusCode.Unauthorized, delete.StatusCode, await ApiJson.Read(delete));
        Assert.Equal(before, await Names());
    }

    [Theory]
    [InlineData("never-saved", HttpStatusCode.NotFound)]
    [InlineData("Not_A_Name", HttpStatusCode.BadRequest)]
    public async Task DeleteSavedScenario_UnknownOrBadName_ReturnsClearError(string name, HttpStatusCode expected)
    {
        using var response = await Send(HttpMethod.Delete, "/api/scenarios/saved/" + name, null);

        ApiJson.AssertClearError(expected, response.StatusCode, await ApiJson.Read(response), "name");
    }

    private async Task<List<string>> Names() =>
        (await ApiJson.Get(server.Client, "/api/scenarios")).Body.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, string? json, string? token = ServerFixture.Token)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (token is not null)
        {
            request.Headers.Add("X-Continuum-Token", token);
        }

        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
