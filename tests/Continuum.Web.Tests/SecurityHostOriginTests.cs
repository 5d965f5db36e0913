using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;

namespace Continuum.Web.Tests;

/// <summary>
/// A request from a page that is not the server's own — a foreign Host (DNS rebinding), a foreign Origin, a cross-site
/// fetch — changes nothing, on every state-changing endpoint the application maps (found through its
/// EndpointDataSource, so a new endpoint is covered without editing this file), even with the right token.
/// </summary>
public sealed class SecurityHostOriginTests(ServerFixture server)
{
    private static readonly string[] Changing = ["POST", "PUT", "PATCH", "DELETE"];

    public static TheoryData<string?, string?, string?, string> ForeignRequests => new()
    {
        { "evil.example", null, null, "Host" },
        { "evil.example", "http://evil.example", null, "Host" },
        { "evil.example:5080", "http://evil.example:5080", "cross-site", "Host" },
        { null, "http://evil.example", null, "Origin" },
        { null, "null", null, "Origin" },
        { null, "http://127.0.0.1:1", null, "Origin" },
        { null, null, "cross-site", "Sec-Fetch-Site" },
        { null, null, "same-site", "Sec-Fetch-Site" },
    };

    [Theory]
    [MemberData(nameof(ForeignRequests))]
    public async Task EveryStateChangingEndpoint_ForeignPage_403AndNothingChanges(string? host, string? origin, string? fetchSite, string field)
    {
        var endpoints = StateChangingEndpoints();
        Assert.True(endpoints.Count >= 7, $"only {endpoints.Count} state-changing endpoints found");
        var before = await StoreState();

        foreach (var (method, path) in endpoints)
        {
            using var response = await server.Client.SendAsync(Request(method, path, host, origin, fetchSite), TestContext.Current.CancellationToken);
            var body = await ApiJson.Read(response);
            ApiJson.AssertClearError(HttpStatusCode.Forbidden, response.StatusCode, body, field);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(before, await StoreState());
    }

    [Fact]
    public async Task DnsRebinding_ReadWithForeignHost_Refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/data/status");
        request.Headers.Host = "evil.example";

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        ApiJson.AssertClearError(HttpStatusCode.Forbidden, response.StatusCode, await ApiJson.Read(response), "Host");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task LoopbackHostNames_Answered(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/data/status");
        request.Headers.Host = $"{name}:{server.BaseAddress.Port}";

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SameOriginPage_SavesAndDeletesScenario()
    {
        var origin = server.BaseAddress.GetLeftPart(UriPartial.Authority);

        using var saved = await server.Client.SendAsync(Request("POST", "/api/scenarios/saved", null, origin, "same-origin"), TestContext.Current.CancellationToken);
        using var deleted = await server.Client.SendAsync(Request("DELETE", "/api/scenarios/saved/rebinding", null, origin, "same-origin"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task Token_PrefixOrLonger_Refused()
    {
        foreach (var token in new[] { ServerFixture.Token[..^1], ServerFixture.Token + "0", ServerFixture.Token.ToUpperInvariant() })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = new StringContent("""{"scenario": "small"}""", Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Continuum-Token", token);

            using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

            ApiJson.AssertClearError(HttpStatusCode.Unauthorized, response.StatusCode, await ApiJson.Read(response), "X-Continuum-Token");
        }
    }

    private List<(string Method, string Path)> StateChangingEndpoints() =>
        server.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Intersect(Changing)
                .Select(m => (m, "/" + Regex.Replace(e.RoutePattern.RawText ?? string.Empty, @"\{[^}]*\}", "rebinding").TrimStart('/'))))
            .ToList();

    /// <summary>A request the server would honour from its own page: right token, a valid saved-scenario body.</summary>
    private static HttpRequestMessage Request(string method, string path, string? host, string? origin, string? fetchSite)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "DELETE")
        {
            request.Content = new StringContent("""{"name": "rebinding", "scenario": "small"}""", Encoding.UTF8, "application/json");
        }

        request.Headers.Add("X-Continuum-Token", ServerFixture.Token);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return request;
    }

    /// <summary>Observations, datasets, stored runs, scenarios (shipped and saved) and jobs: everything a request could change.</summary>
    private async Task<string> StoreState()
    {
        var status = (await ApiJson.Get(server.Client, "/api/data/status")).Body;
        var runs = (await ApiJson.Get(server.Client, "/api/runs")).Body.GetArrayLength();
        var scenarios = (await ApiJson.Get(server.Client, "/api/scenarios")).Body.GetArrayLength();
        var jobs = (await ApiJson.Get(server.Client, "/api/jobs")).Body.GetArrayLength();
        return $"{status.GetProperty("observations")} {status.GetProperty("datasets")} {runs} {scenarios} {jobs}";
    }
}
