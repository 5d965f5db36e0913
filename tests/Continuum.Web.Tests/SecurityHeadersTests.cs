using System.Net;
using System.Text.RegularExpressions;
using Continuum.Web.Security;

namespace Continuum.Web.Tests;

/// <summary>Every answer — pages, scripts, API JSON and every kind of error — carries the security headers; no page needs inline script or style.</summary>
public sealed class SecurityHeadersTests(ServerFixture server)
{
    [Theory]
    [InlineData("GET", "/", null, HttpStatusCode.OK)]
    [InlineData("GET", "/js/app.js", null, HttpStatusCode.OK)]
    [InlineData("GET", "/api/evidence", null, HttpStatusCode.OK)]
    [InlineData("GET", "/nope.html", null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/nope", null, HttpStatusCode.NotFound)]
    [InlineData("PUT", "/api/evidence", null, HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/evidence?verdcit=supported", null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/data/status", "evil.example", HttpStatusCode.Forbidden)]
    public async Task EveryAnswer_CarriesSecurityHeaders(string method, string path, string? host, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void EmbeddedPages_HaveNoInlineScriptStyleOrHandler()
    {
        var assembly = typeof(SecurityHeaders).Assembly;
        var pages = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages found");
        foreach (var name in pages)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var html = reader.ReadToEnd();
            Assert.DoesNotMatch(new Regex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex(@"<style\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:", RegexOptions.IgnoreCase), html);
        }
    }
}
