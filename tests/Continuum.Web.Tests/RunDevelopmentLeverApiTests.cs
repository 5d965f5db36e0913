using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Continuum.Web.Tests;

/// <summary>The development levers (<c>[development]</c>) of <c>POST /api/runs</c>.</summary>
public sealed class RunDevelopmentLeverApiTests(ServerFixture server)
{
    [Theory]
    [InlineData("""{"remittance_cost": {"ALL": -0.1}}""", "development.remittance_cost.ALL")]
    [InlineData("""{"remittance_cost": {"MDA-XXX": 0.05}}""", "development.remittance_cost.MDA-XXX")]
    [InlineData("""{"remittance_cost": {"mda-rou": 0.05}}""", "development.remittance_cost.mda-rou")]
    [InlineData("""{"remittance_cost": {"ALL = 0\n[x]": 0.05}}""", null)]
    [InlineData("""{"credential_recognition": {"ROU-MDA": {"rate": 1.5, "delay_years": 1}}}""", "development.credential_recognition.ROU-MDA.rate")]
    [InlineData("""{"credential_recognition": {"ROUMDA": {"rate": 0.5}}}""", "development.credential_recognition.ROUMDA")]
    [InlineData("""{"credential_recognition": {"ROU-MDA": null}}""", "development.credential_recognition.ROU-MDA")]
    [InlineData("""{"extra_admissions_years": [2012]}""", "development.extra_admissions_years")]
    [InlineData("""{"return_premium": {"ROU": null}}""", null)]
    [InlineData("""{"return_premium": {"CAN": 0.2}}""", "development.return_premium.CAN")]
    [InlineData("""{"return_incentive": {"ROU": -1}}""", "development.return_incentive.ROU")]
    [InlineData("""{"extra_admissions": {"ROU": -5}}""", "development.extra_admissions.ROU")]
    [InlineData("""{"extra_admissions": {"ROU": 1000}, "extra_admissions_years": [2030, 2031]}""", "development.extra_admissions_years")]
    [InlineData("""{"underemployment_penalty": 1.5}""", "development.underemployment_penalty")]
    [InlineData("""{"remitanceCost": {"ALL": 0.03}}""", null)]
    public async Task StartRun_BadDevelopmentLever_Returns400NamingTheFieldAndQueuesNothing(string development, string? field)
    {
        var jobsBefore = (await ApiJson.Get(server.Client, "/api/jobs")).Body.GetArrayLength();
        var runsBefore = (await ApiJson.Get(server.Client, "/api/runs")).Body.GetArrayLength();

        using var response = await Post($$"""{"scenario": "small", "development": {{development}}}""");

        var body = await ApiJson.Read(response);
        ApiJson.AssertClearError(HttpStatusCode.BadRequest, response.StatusCode, body, field);
        Assert.Equal(jobsBefore, (await ApiJson.Get(server.Client, "/api/jobs")).Body.GetArrayLength());
        Assert.Equal(runsBefore, (await ApiJson.Get(server.Client, "/api/runs")).Body.GetArrayLength());
    }

    [Fact]
    public async Task StartRun_LowerRemittanceCostForAllCorridors_RaisesRemittancesReceivedInMoldova()
    {
        using var response = await Post("""{"scenario": "small", "seed": 11, "replicates": 1, "compare": true, "development": {"remittance_cost": {"ALL": 0.0}}}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await RunWait.Done(server, (await ApiJson.Read(response)).GetProperty("id").GetString()!);

        var result = job.GetProperty("result");
        Assert.Contains("\n[development.remittance_cost]\nALL = 0.0\n", result.GetProperty("scenarioToml").GetString(), StringComparison.Ordinal);
        var a = result.GetProperty("baselineRunId").GetString();
        var b = result.GetProperty("runId").GetString();
        // The stored run records its effective scenario with the development lever; the baseline has none.
        async Task<JsonElement> Development(string? id) => (await ApiJson.Get(server.Client, "/api/runs/" + id)).Body.GetProperty("scenario").GetProperty("development");
        Assert.Equal(0.0, (await Development(b)).GetProperty("remittance_cost").GetProperty("ALL").GetDouble());
        Assert.False((await Development(a)).TryGetProperty("remittance_cost", out _));
        var (status, comparison) = await ApiJson.Get(server.Client, $"/api/runs/compare?a={a}&b={b}");
        Assert.Equal(HttpStatusCode.OK, status);
        var mda = comparison.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "remittances_received")
            .GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("area").GetString() == "MDA");
        var differences = mda.GetProperty("difference").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()).ToList();
        Assert.NotEmpty(differences);
        Assert.True(differences.Sum() > 0, $"B − A of remittances received in MDA summed to {differences.Sum()}");
    }

    [Fact]
    public async Task Scenarios_List_CarriesDevelopmentLeversOfEachScenario()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/scenarios");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(body.EnumerateArray(), s => Assert.Equal(JsonValueKind.Object, s.GetProperty("development").ValueKind));
        Assert.All(body.EnumerateArray().Where(s => !s.GetProperty("saved").GetBoolean()), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("base").ValueKind));
    }

    private async Task<HttpResponseMessage> Post(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Continuum-Token", ServerFixture.Token);
        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
