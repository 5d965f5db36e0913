using Microsoft.Playwright;

namespace Continuum.Web.Tests;

/// <summary>
/// The layout declared once in <c>js/app.js</c> (<c>&lt;continuum-header&gt;</c>) and <c>js/models-common.js</c> (the model
/// pages' tabs, results and documentation): on every page that uses it the placeholders become the same header,
/// navigation and panels, with the page's own link marked, and none is left unexpanded.
/// </summary>
public sealed class LayoutPageTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "Home" }, { "/evidence.html", "Evidence" }, { "/data.html", "Data explorer" }, { "/models.html", "Models" },
        { "/models/projection.html", "Models" }, { "/models/workforce.html", "Models" }, { "/models/brain-gain.html", "Models" },
        { "/models/inequality.html", "Models" }, { "/models/returns.html", "Models" }, { "/scenarios.html", "Scenarios" },
    };

    public static TheoryData<string, string, string> ModelPages => new()
    {
        { "/models.html", "host-economy", "host-economy" }, { "/models/projection.html", "projection", "projection" },
        { "/models/workforce.html", "workforce", "projection" }, { "/models/brain-gain.html", "brain-gain", "brain-gain" },
        { "/models/inequality.html", "inequality", "inequality" }, { "/models/returns.html", "returns", "returns" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Header_ExpandedWithNavigationAndActiveLink(string path, string active)
    {
        var page = await browser.Open(server.BaseAddress, path);

        await Assertions.Expect(page.Locator("body > header > span.brand")).ToHaveTextAsync("Continuum");
        var links = page.Locator("header nav#nav[aria-label=Pages] a");
        await Assertions.Expect(links).ToHaveTextAsync(["Home", "Evidence", "Data explorer", "Models", "Scenarios"]);
        await Assertions.Expect(page.Locator("header nav a.active")).ToHaveTextAsync(active);
        await Assertions.Expect(page.Locator("header nav a.active")).ToHaveAttributeAsync("aria-current", "page");
        Assert.Equal(0, await page.Locator("continuum-header, continuum-model-tabs, continuum-model-results, continuum-model-doc").CountAsync());
        browser.AssertNoCspViolations(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(ModelPages))]
    public async Task ModelPage_TabsAndDocumentation_FromTheLayout(string path, string model, string doc)
    {
        var page = await browser.Open(server.BaseAddress, path);

        await Assertions.Expect(page.Locator("nav#model-tabs[aria-label=Models] a")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#model-tabs a.active")).ToHaveAttributeAsync("data-model", model);
        await Assertions.Expect(page.Locator("h2#equations")).ToHaveTextAsync("Equations, parameters and sources");
        await Assertions.Expect(page.Locator("h2#equations + p.meta code")).ToHaveTextAsync($"docs/models/{doc}.md");
        await Assertions.Expect(page.Locator("#model-doc")).ToHaveAttributeAsync("data-model", doc);
        Assert.Equal(1, await page.Locator("#model-error").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ModelPage_ResultsLayout_InPageOrder()
    {
        var page = await browser.Open(server.BaseAddress, "/models/returns.html");

        var ids = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#model-form ~ *')].map(e => e.id || e.tagName.toLowerCase())");

        Assert.Equal(["model-error", "model-title", "model-summary", "model-charts", "h2", "model-table", "equations", "p", "model-doc"], ids);
        await Assertions.Expect(page.Locator("#model-charts section.panel.claim .model-buttons button")).Not.ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
