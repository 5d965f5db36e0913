using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Continuum.Data.IO;
using Continuum.Data.Simulation;
using Continuum.Web.Storage;

namespace Continuum.Web.Tests;

/// <summary>Stored runs over the API: web runs are saved with their indicators, CLI runs are listed too, any two compare.</summary>
public sealed class RunStoreApiTests(ServerFixture server)
{
    [Theory]
    [InlineData("/api/runs/XYZ", "id")]
    [InlineData("/api/runs/0123456789AB", "id")]
    [InlineData("/api/runs/..%2F..%2Fetc%2Fpasswd", "id")]
    [InlineData("/api/runs/compare?b=0123456789ab", "a")]
    [InlineData("/api/runs/compare?a=0123456789ab&b=x%27%3B%20DROP%20TABLE%20runs", "b")]
    [InlineData("/api/runs/compare.csv?a=&b=0123456789ab", "a")]
    public async Task GetRun_MalformedId_Returns400NamingTheParameter(string url, string field)
    {
        var before = await RunCount();

        var (status, body) = await ApiJson.Get(server.Client, url);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
        Assert.Equal(before, await RunCount());
    }

    [Theory]
    [InlineData("/api/runs/0123456789ab", "id")]
    [InlineData("/api/runs/compare?a=0123456789ab&b=0123456789ac", "a")]
    public async Task GetRun_UnknownId_Returns404NamingIt(string url, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, url);

        ApiJson.AssertClearError(HttpStatusCode.NotFound, status, body, field);
        Assert.Contains("0123456789a", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebRunWithBaseline_SavedWithIndicators_ComparedPairedAndWithCliRunByWelch()
    {
        var job = await RunJob("""{"scenario": "small", "replicates": 2, "engine": {"emigration_rate_multiplier": {"MDA": 1.5}}, "compare": true}""");
        var result = job.GetProperty("result");
        var run = result.GetProperty("runId").GetString()!;
        var baseline = result.GetProperty("baselineRunId").GetString()!;

        var (_, list) = await ApiJson.Get(server.Client, "/api/runs");
        var listed = list.EnumerateArray().Single(r => r.GetProperty("id").GetString() == run);
        Assert.True(listed.GetProperty("hasIndicators").GetBoolean());
        Assert.Equal("small", listed.GetProperty("scenario").GetString());
        Assert.DoesNotContain("/", listed.GetProperty("scenarioFile").GetString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, listed.GetProperty("levers").GetString());

        var (detailStatus, detail) = await ApiJson.Get(server.Client, "/api/runs/" + run);
        Assert.Equal(HttpStatusCode.OK, detailStatus);
        // The stored run shows its effective scenario: the request's lever over the small scenario, and no server path.
        var scenario = detail.GetProperty("scenario");
        Assert.Equal(1.5, scenario.GetProperty("engine").GetProperty("emigration_rate_multiplier").GetProperty("MDA").GetDouble());
        Assert.Equal(["MDA", "ROU"], scenario.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.DoesNotContain("/", scenario.GetProperty("tables").GetProperty("return_duration_relative_risk").GetString(), StringComparison.Ordinal);
        var gdp = detail.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "real_gdp");
        Assert.Equal(11, gdp.GetProperty("lines").EnumerateArray().First().GetProperty("years").GetArrayLength());

        // The lever raises Moldova's emigration: fewer residents than the unchanged run with the same draws, inside a paired band.
        var (status, compared) = await ApiJson.Get(server.Client, $"/api/runs/compare?a={baseline}&b={run}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("paired-t", compared.GetProperty("method").GetString());
        var (difference, lower, upper) = At(compared, "population", "MDA", 10);
        Assert.True(difference < 0, $"difference {difference}");
        Assert.True(lower <= difference && difference <= upper);

        var cli = SaveLikeTheCli(seed: 5);
        Assert.Contains(cli, (await ApiJson.Get(server.Client, "/api/runs")).Body.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var (_, welch) = await ApiJson.Get(server.Client, $"/api/runs/compare?a={cli}&b={baseline}");
        Assert.Equal("welch-t", welch.GetProperty("method").GetString());
        Assert.Contains("Welch", welch.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareRun_WithItself_ExactlyZeroAndCsvHasTheCliColumns()
    {
        var job = await RunJob("""{"scenario": "small", "seed": 11}""");
        var run = job.GetProperty("result").GetProperty("runId").GetString()!;

        var (_, self) = await ApiJson.Get(server.Client, $"/api/runs/compare?a={run}&b={run}");
        var csv = await server.Client.GetStringAsync(new Uri($"/api/runs/compare.csv?a={run}&b={run}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("paired-t", self.GetProperty("method").GetString());
        foreach (var indicator in self.GetProperty("indicators").EnumerateArray())
        {
            foreach (var line in indicator.GetProperty("lines").EnumerateArray())
            {
                Assert.All(line.GetProperty("difference").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number), v => Assert.Equal(0.0, v.GetDouble()));
            }
        }

        Assert.StartsWith("year,area,indicator,a,b,difference,lower,upper,unit\n", csv, StringComparison.Ordinal);
        Assert.Contains(",real_gdp,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareRuns_DifferentYears_Returns400NamingBothRuns()
    {
        var a = SaveLikeTheCli(seed: 1, horizon: 2012);
        var b = SaveLikeTheCli(seed: 1, horizon: 2013);

        var (status, body) = await ApiJson.Get(server.Client, $"/api/runs/compare?a={a}&b={b}");

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body);
        Assert.Contains(a, body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains(b, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static (double Difference, double Lower, double Upper) At(JsonElement comparison, string indicator, string area, int yearIndex)
    {
        var line = comparison.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == indicator)
            .GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("area").GetString() == area);
        return (line.GetProperty("difference")[yearIndex].GetDouble(), line.GetProperty("lower")[yearIndex].GetDouble(), line.GetProperty("upper")[yearIndex].GetDouble());
    }

    /// <summary>
    /// Saves a run of the small scenario into the server's store as <c>continuum run</c> does (a read-write connection of
    /// its own), through the server's gate: in one process a connection opened beside the server's read-only ones would
    /// share their read-only database (docs/store.md).
    /// </summary>
    private string SaveLikeTheCli(ulong seed, int horizon = 2020)
    {
        var scenario = Continuum.Data.Scenarios.ScenarioToml.Read(Path.Combine(Path.GetDirectoryName(DataPaths.DataDirectory())!, "scenarios", "small.toml"))
            with { Seed = seed, HorizonYear = horizon };
        var run = ScenarioRun.Execute(scenario, 2, cancellationToken: TestContext.Current.CancellationToken);
        return server.Service<StoreGate>().Write(store => new RunStore(store).Save(run));
    }

    private async Task<int> RunCount() => (await ApiJson.Get(server.Client, "/api/runs")).Body.GetArrayLength();

    private async Task<JsonElement> RunJob(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Continuum-Token", ServerFixture.Token);
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await ApiJson.Read(response)).GetProperty("id").GetString()!;
        for (var i = 0; i < 1800; i++)
        {
            var (_, job) = await ApiJson.Get(server.Client, "/api/jobs/" + id);
            if (job.GetProperty("state").GetString() is "done" or "failed")
            {
                Assert.True(job.GetProperty("state").GetString() == "done", job.GetProperty("error").GetString());
                return job;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"run {id} did not finish within three minutes");
    }
}
