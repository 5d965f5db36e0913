using Microsoft.Playwright;

namespace Continuum.Web.Tests;

/// <summary>The development levers and saved scenarios of the Scenarios page in a real headless browser.</summary>
public sealed class ScenarioLeversPageTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ScenariosPage_RemittanceCostComparedThenSaved_ShowsBandsAndListsTheSavedScenario()
    {
        var page = await Open("/scenarios.html?scenario=small");
        await page.Locator("#dev-premium-ROU").WaitForAsync();
        await page.FillAsync("#dev-cost-all", "0");
        await page.FillAsync("#replicates", "2");
        await page.CheckAsync("#compare");
        await page.FillAsync("#run-token", ServerFixture.Token);

        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#job")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 180_000 });

        // The run is compared with the unchanged scenario at once: B − A of remittances received, with its band.
        var chart = page.Locator("#cmp-remittances_received .chart");
        await chart.Locator("canvas").WaitForAsync();
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-bands", "6");
        Assert.Contains("dev=", Uri.UnescapeDataString(page.Url), StringComparison.Ordinal);
        await page.Locator("#comparison").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.SaveScreenshot(page, "scenarios-development-levers");

        await page.FillAsync("#save-name", "page-cheap-remit");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Saved as page-cheap-remit");

        await page.GotoAsync(new Uri(server.BaseAddress, "/scenarios.html").ToString());
        await Assertions.Expect(page.Locator("#scenario option[value='page-cheap-remit']")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#scenario", "page-cheap-remit");
        await Assertions.Expect(page.Locator("#dev-cost-all")).ToHaveValueAsync("0");
        await page.FillAsync("#run-token", ServerFixture.Token);
        await page.ClickAsync("#delete-saved");
        await Assertions.Expect(page.Locator("#scenario option[value='page-cheap-remit']")).ToHaveCountAsync(0);
    }

    private Task<IPage> Open(string path) => browser.Open(server.BaseAddress, path);
}
