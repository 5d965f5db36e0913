using Continuum.Web.Security;
using Microsoft.Playwright;

namespace Continuum.Web.Tests;

/// <summary>
/// Every embedded page works under the Content-Security-Policy: opened in Chromium, its default form run, no violation
/// reported on the console. The first test shows the check can fail: a style attribute added to a page is reported.
/// </summary>
public sealed class SecurityCspPageTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Pages => new(typeof(SecurityHeaders).Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".html", StringComparison.Ordinal))
        .Select(n => n["Continuum.Web.wwwroot.".Length..])
        .Select(n => n.StartsWith("models.", StringComparison.Ordinal) && n.Count(c => c == '.') > 1 ? "/models/" + n["models.".Length..] : "/" + n));

    [Fact]
    public async Task InlineStyleAddedToPage_ReportedAsViolation()
    {
        var page = await browser.Open(server.BaseAddress, "/");

        await page.EvaluateAsync("() => { document.body.setAttribute('style', 'color: red'); }");
        await page.WaitForTimeoutAsync(200);

        Assert.ThrowsAny<Exception>(() => browser.AssertNoCspViolations(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_LoadedAndFormRun_NoCspViolation(string path)
    {
        var page = await browser.Open(server.BaseAddress, path);
        var submit = page.Locator("form button[type=submit], form#model-form button").First;
        // Only forms that ask questions: the scenarios page's buttons start runs and save scenarios.
        if (!path.Contains("scenarios", StringComparison.Ordinal) && await submit.CountAsync() > 0 && await submit.IsVisibleAsync())
        {
            await submit.ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        browser.AssertNoCspViolations(page);
        await page.Context.CloseAsync();
    }
}
