using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Continuum.Web.Tests;

/// <summary>A web run builds its scenario in memory: no scenario file is written, and the stored run shows the effective scenario.</summary>
public sealed class WebRunFileTests(ServerFixture server)
{
    [Fact]
    public async Task StartRun_WithLevers_WritesNoScenarioFileAndStoresTheEffectiveScenario()
    {
        var created = new ConcurrentBag<string>();
        using var watcher = new FileSystemWatcher(Path.GetTempPath()) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, e) => created.Add(e.FullPath);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs")
        {
            Content = new StringContent("""{"scenario": "small", "seed": 424242, "replicates": 1, "development": {"return_premium": {"ROU": 0.25}}}""", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Continuum-Token", ServerFixture.Token);
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await RunWait.Done(server, (await ApiJson.Read(response)).GetProperty("id").GetString()!);

        // Earlier versions wrote the levers to continuum-web-runs-*/<guid>.toml and read them back.
        Assert.DoesNotContain(created, p => p.Contains("continuum-web-runs", StringComparison.Ordinal));
        Assert.DoesNotContain(created, p => p.EndsWith(".toml", StringComparison.Ordinal) && Path.GetFileNameWithoutExtension(p).Length == 32);
        var runId = job.GetProperty("result").GetProperty("runId").GetString();
        var (status, detail) = await ApiJson.Get(server.Client, "/api/runs/" + runId);
        Assert.Equal(HttpStatusCode.OK, status);
        var scenario = detail.GetProperty("scenario");
        Assert.Equal("small", scenario.GetProperty("name").GetString());
        Assert.Equal(424242UL, scenario.GetProperty("seed").GetUInt64());
        Assert.Equal(0.25, scenario.GetProperty("development").GetProperty("return_premium").GetProperty("ROU").GetDouble());
    }

    [Fact]
    public async Task LeverSchema_Get_ListsEveryLeverWithUnitRangeAndHelp()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/schema/levers");

        Assert.Equal(HttpStatusCode.OK, status);
        var development = body.GetProperty("development").EnumerateArray().ToList();
        var cost = development.Single(s => s.GetProperty("name").GetString() == "remittance_cost");
        Assert.Equal("allOrCorridor", cost.GetProperty("key").GetString());
        Assert.True(cost.GetProperty("maxExclusive").GetBoolean());
        Assert.All(development.Concat(body.GetProperty("engine").EnumerateArray()), s =>
        {
            Assert.False(string.IsNullOrEmpty(s.GetProperty("help").GetString()));
            Assert.False(string.IsNullOrEmpty(s.GetProperty("unit").GetString()));
        });
        var recognition = development.Single(s => s.GetProperty("key").GetString() == "corridorTable");
        Assert.Equal(2, recognition.GetProperty("fields").GetArrayLength());
    }
}
