using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Continuum.Web.Tests;

public sealed class RunApiTests(ServerFixture server)
{
    [Fact]
    public async Task Scenarios_List_IncludesSmallWithItsCountries()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/scenarios");

        Assert.Equal(HttpStatusCode.OK, status);
        var small = body.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "small");
        Assert.Equal(["MDA", "ROU"], small.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("""{"scenario": "nope"}""", "scenario")]
    [InlineData("""{"scenario": "../scenarios/small"}""", "scenario")]
    [InlineData("""{"scenario": "/etc/passwd"}""", "scenario")]
    [InlineData("""{}""", "scenario")]
    [InlineData("""{"scenario": "small", "replicates": 500}""", "replicates")]
    [InlineData("""{"scenario": "small", "engine": {"admissions": {"CAN": 1000}}}""", "admissions.CAN")]
    [InlineData("""{"scenario": "small", "engine": {"emigration_rate_multiplier": {"MDA": 1000}}}""", "emigration_rate_multiplier.MDA")]
    [InlineData("""{"scenario": "small", "engine": {"return_hazard_multiplier": {"ROU": -1}}}""", "return_hazard_multiplier.ROU")]
    [InlineData("""{"scenario": "small", "engine": {"admissions": {"MDA\n[x]": 1}}}""", null)]
    [InlineData("""{"scenario": "small", "seed": "forty-two"}""", "seed")]
    [InlineData("""{"scenario": "small", "seed": -1}""", "seed")]
    [InlineData("""{"scenario": "small", "admission": {"MDA": 1}}""", null)]
    [InlineData("""{"scenario": 42}""", "scenario")]
    [InlineData("""{"scenario": "small",""", null)]
    [InlineData("""[1, 2, 3]""", null)]
    public async Task StartRun_MalformedRequest_Returns400WithClearBodyAndRunsNothing(string json, string? field)
    {
        var jobsBefore = (await ApiJson.Get(server.Client, "/api/jobs")).Body.GetArrayLength();

        using var response = await Post(json, "application/json", ServerFixture.Token);

        var body = await ApiJson.Read(response);
        ApiJson.AssertClearError(HttpStatusCode.BadRequest, response.StatusCode, body);
        if (field is not null)
        {
            Assert.Equal(field, body.GetProperty("field").GetString());
        }

        Assert.Equal(jobsBefore, (await ApiJson.Get(server.Client, "/api/jobs")).Body.GetArrayLength());
    }

    [Fact]
    public async Task StartRun_NotJson_Returns415()
    {
        using var response = await Post("scenario=small", "application/x-www-form-urlencoded", ServerFixture.Token);

        ApiJson.AssertClearError(HttpStatusCode.UnsupportedMediaType, response.StatusCode, await ApiJson.Read(response));
    }

    [Fact]
    public async Task StartRun_WithoutToken_Returns401()
    {
        using var response = await Post("""{"scenario": "small"}""", "application/json", token: null);

        ApiJson.AssertClearError(HttpStatusCode.Unauthorized, response.StatusCode, await ApiJson.Read(response));
    }

    [Fact]
    public async Task StartRun_SmallScenarioWithLever_FinishesWithASeriesPerCountryAndLeavesStoreUnchanged()
    {
        var before = await ApiJson.ObservationCount(server.Client);

        using var response = await Post("""{"scenario": "small", "seed": 7, "engine": {"emigration_rate_multiplier": {"MDA": 1.5}}}""", "application/json", ServerFixture.Token);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await Wait((await ApiJson.Read(response)).GetProperty("id").GetString()!);

        Assert.Equal("done", job.GetProperty("state").GetString());
        var result = job.GetProperty("result");
        Assert.Equal(7UL, result.GetProperty("seed").GetUInt64());
        Assert.Equal("small", result.GetProperty("scenario").GetString());
        Assert.Contains("[emigration_rate_multiplier]\nMDA = 1.5", result.GetProperty("scenarioToml").GetString(), StringComparison.Ordinal);
        var population = result.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "population");
        var mda = population.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("country").GetString() == "MDA");
        Assert.Equal(11, mda.GetProperty("years").GetArrayLength());
        Assert.All(mda.GetProperty("mean").EnumerateArray(), v => Assert.True(v.GetDouble() > 0));
        // Flows happen during a year; the horizon year (2020) has none, so its line ends in 2019 instead of dropping to 0.
        var emigrants = result.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "emigrants")
            .GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("country").GetString() == "MDA");
        Assert.Equal(2019, emigrants.GetProperty("years").EnumerateArray().Last().GetInt32());
        Assert.All(emigrants.GetProperty("mean").EnumerateArray(), v => Assert.True(v.GetDouble() > 0));
        Assert.Equal(before, await ApiJson.ObservationCount(server.Client));
    }

    [Fact]
    public async Task StartRun_CompareWithUnchanged_ReturnsBaselineThatDiffersWhereTheLeverActs()
    {
        using var response = await Post("""{"scenario": "small", "engine": {"emigration_rate_multiplier": {"MDA": 2}}, "compare": true}""", "application/json", ServerFixture.Token);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await Wait((await ApiJson.Read(response)).GetProperty("id").GetString()!);

        Assert.Equal("done", job.GetProperty("state").GetString());
        var result = job.GetProperty("result");
        double Emigrants(JsonElement measures) => measures.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "emigrants")
            .GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("country").GetString() == "MDA")
            .GetProperty("mean").EnumerateArray().Sum(v => v.GetDouble());
        Assert.True(Emigrants(result.GetProperty("measures")) > Emigrants(result.GetProperty("baseline")));
    }

    private async Task<HttpResponseMessage> Post(string body, string contentType, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (token is not null)
        {
            request.Headers.Add("X-Continuum-Token", token);
        }

        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<JsonElement> Wait(string id)
    {
        for (var i = 0; i < 1200; i++)
        {
            var (_, job) = await ApiJson.Get(server.Client, "/api/jobs/" + id);
            if (job.GetProperty("state").GetString() is "done" or "failed")
            {
                return job;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"run {id} did not finish within two minutes");
    }
}
