using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Continuum.Web.Api;
using Microsoft.AspNetCore.Routing;

namespace Continuum.Web.Tests;

/// <summary>
/// A misspelt query key or JSON property is refused with a 400 naming it (and the key meant), never ignored while the
/// defaults answer; numbers must be JSON numbers; every refusal has the JSON problem body. Endpoints are walked
/// through the application's EndpointDataSource.
/// </summary>
public sealed class StrictApiTests(ServerFixture server)
{
    [Fact]
    public async Task EveryGetEndpoint_MisspeltQueryKey_400NamingKeyWithSuggestion()
    {
        var endpoints = GetEndpoints().Where(e => e.Keys.Count > 0).ToList();
        Assert.True(endpoints.Count >= 10, $"only {endpoints.Count} endpoints with query keys found");
        foreach (var (path, keys) in endpoints)
        {
            var key = keys.OrderByDescending(k => k.Length).First();
            var typo = key.Length > 3 ? key[..^1] : key + "x";

            var (status, body) = await ApiJson.Get(server.Client, $"{path}?{typo}=1");

            ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, typo);
            Assert.Contains("did you mean", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryGetEndpointWithoutKeys_AnyQueryKey_400()
    {
        var endpoints = GetEndpoints().Where(e => e.Keys.Count == 0).ToList();
        Assert.NotEmpty(endpoints);
        foreach (var (path, _) in endpoints)
        {
            var (status, body) = await ApiJson.Get(server.Client, $"{path}?nope=1");

            ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, "nope");
        }
    }

    [Theory]
    [InlineData("/api/models/brain-gain?stpes=5", "stpes", "did you mean steps?")]
    [InlineData("/api/data/series?indicator=SP.POP.TOTL&areas=CAN&form=1990", "form", "did you mean from?")]
    [InlineData("/api/data/series?indicator=SP.POP.TOTL&areas=CAN&from=1990&from=2000", "from", "give 'from' once")]
    [InlineData("/api/evidence?verdict=supported&nope=1", "nope", "it takes session, verdict")]
    public async Task Query_MistypedKey_400NamingIt(string url, string field, string phrase)
    {
        var (status, body) = await ApiJson.Get(server.Client, url);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
        Assert.Contains(phrase, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_QueryParameters_AreTheCheckedKeys()
    {
        var (_, doc) = await ApiJson.Get(server.Client, "/openapi/v1.json");
        foreach (var (path, keys) in GetEndpoints())
        {
            var template = GetEndpoints(raw: true).First(e => e.Path == path).Raw;
            var operation = doc.GetProperty("paths").GetProperty(template).GetProperty("get");
            var documented = operation.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).Order().ToList()
                : [];
            Assert.Equal(keys.Order().ToList(), documented);
        }
    }

    [Theory]
    [InlineData("""{"scenario": "small", "seed": "42"}""", "seed", "whole JSON number")]
    [InlineData("""{"scenario": "small", "seed": 1e30}""", "seed", "whole JSON number")]
    [InlineData("""{"scenario": "small", "replicates": 2.5}""", "replicates", "whole JSON number")]
    [InlineData("""{"scenario": "small", "engine": {"emigration_rate_multiplier": {"MDA": "1.5"}}}""", "emigration_rate_multiplier.MDA", "finite JSON number")]
    [InlineData("""{"scenario": "small", "engine": {"emigration_rate_multiplier": {"MDA": NaN}}}""", "engine", "documented shape")]
    [InlineData("""{"scenario": "small", "engine": {"emigration_rate_multiplier": {"MDA": "Infinity"}}}""", "emigration_rate_multiplier.MDA", "finite JSON number")]
    [InlineData("""{"scenario": "small", "engine": {"emigration_rate_multiplier": {"MDA": 1e400}}}""", "emigration_rate_multiplier.MDA", "finite JSON number")]
    [InlineData("""{"scenario": "small", "sed": 5}""", "sed", "did you mean seed?")]
    [InlineData("""{"scenario": "small", "development": {"return_premum": {"ROU": 0.2}}}""", "development.return_premum", "return_premium")]
    public async Task RunBody_WrongNumberOrProperty_400NamingField(string json, string field, string phrase)
    {
        var jobs = (await ApiJson.Get(server.Client, "/api/jobs")).Body.GetArrayLength();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Continuum-Token", ServerFixture.Token);

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var body = await ApiJson.Read(response);
        ApiJson.AssertClearError(HttpStatusCode.BadRequest, response.StatusCode, body, field);
        Assert.Contains(phrase, body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(jobs, (await ApiJson.Get(server.Client, "/api/jobs")).Body.GetArrayLength());
    }

    [Fact]
    public async Task Oversized_UrlHeadersAndBody_AnsweredWithProblemJson()
    {
        using var longUrl = await server.Client.GetAsync("/api/evidence?session=" + new string('a', 9000), TestContext.Current.CancellationToken);
        using var bigHeaders = new HttpRequestMessage(HttpMethod.Get, "/api/evidence");
        for (var i = 0; i < 5; i++)
        {
            bigHeaders.Headers.Add($"X-Big-{i}", new string('b', 8000));
        }

        using var headers = await server.Client.SendAsync(bigHeaders, TestContext.Current.CancellationToken);
        using var bigBody = new HttpRequestMessage(HttpMethod.Post, "/api/data/import") { Content = new ByteArrayContent(new byte[server.Options.MaxRequestBodyBytes + 1]) };
        bigBody.Headers.Add("X-Continuum-Token", ServerFixture.Token);
        using var body = await server.Client.SendAsync(bigBody, TestContext.Current.CancellationToken);

        foreach (var (response, status) in new[] { (longUrl, HttpStatusCode.RequestUriTooLong), (headers, HttpStatusCode.RequestHeaderFieldsTooLarge), (body, HttpStatusCode.RequestEntityTooLarge) })
        {
            ApiJson.AssertClearError(status, response.StatusCode, await ApiJson.Read(response));
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("GET", "/nope.html", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/nope", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/evidence", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/runs/zzz", HttpStatusCode.BadRequest)]
    public async Task Errors_AreProblemJson(string method, string path, HttpStatusCode expected)
    {
        using var response = await server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        ApiJson.AssertClearError(expected, response.StatusCode, await ApiJson.Read(response));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>GET endpoints of the API with their route parameters filled in, and the query keys each declares.</summary>
    private IEnumerable<(string Path, IReadOnlyList<string> Keys)> GetEndpoints() =>
        GetEndpoints(raw: false).Select(e => (e.Path, e.Keys));

    private List<(string Path, string Raw, IReadOnlyList<string> Keys)> GetEndpoints(bool raw) =>
        server.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true
                        && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true
                        && QueryKeys.For(e) is not null)
            .Select(e => (Fill(e.RoutePattern.RawText!), e.RoutePattern.RawText!, QueryKeys.For(e)!))
            .ToList();

    private static string Fill(string template) => Regex.Replace(template, @"\{([^}]*)\}", m => m.Groups[1].Value switch
    {
        "id" => "0123456789ab",
        "name" => "returns",
        _ => "x",
    });
}
