using Microsoft.Playwright;

namespace Continuum.Web.Tests;

/// <summary>The development levers and saved scenarios of the Scenarios page in a real headless browser.</summary>
public sealed class ScenarioLeversPageTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ScenariosPage_RemittanceCostComparedThenSaved_ShowsBandsAndListsTheSavedScenario()
    {
        var page = await Open("/scenarios.html?scenario=small");
        // Every input is built from GET /api/schema/levers: one per country of the scenario, with the lever's help as its title.
        await page.Locator("#dev-return_premium-ROU").WaitForAsync();
        Assert.False(string.IsNullOrEmpty(await page.Locator("#dev-return_premium-ROU").GetAttributeAsync("title")));
        await page.FillAsync("#dev-remittance_cost-ALL", "0");
        await page.FillAsync("#replicates", "2");
        await page.CheckAsync("#compare");
        await page.FillAsync("#run-token", ServerFixture.Token);

        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#job")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 180_000 });

        // The run is compared with the unchanged scenario at once (paired: same seed); the key indicators charted come from
        // GET /api/indicators, so B − A of remittances received is drawn with its band when the server lists it as key.
        await Assertions.Expect(page.Locator("#comparison")).ToHaveAttributeAsync("data-method", "paired-t");
        if ((await server.Client.GetAsync("/api/indicators", TestContext.Current.CancellationToken)).IsSuccessStatusCode)
        {
            var chart = page.Locator("#cmp-remittances_received .chart");
            await chart.Locator("canvas").WaitForAsync();
            await Assertions.Expect(chart).ToHaveAttributeAsync("data-bands", "6");
        }

        Assert.Contains("\"remittance_cost\":{\"ALL\":0}", Uri.UnescapeDataString(page.Url), StringComparison.Ordinal);
        await page.Locator("#comparison").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.SaveScreenshot(page, "scenarios-development-levers");

        await page.FillAsync("#save-name", "page-cheap-remit");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Saved as page-cheap-remit");

        await page.GotoAsync(new Uri(server.BaseAddress, "/scenarios.html").ToString());
        await Assertions.Expect(page.Locator("#scenario option[value='page-cheap-remit']")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#scenario", "page-cheap-remit");
        await Assertions.Expect(page.Locator("#dev-remittance_cost-ALL")).ToHaveValueAsync("0");
        await page.FillAsync("#run-token", ServerFixture.Token);
        await page.ClickAsync("#delete-saved");
        await Assertions.Expect(page.Locator("#scenario option[value='page-cheap-remit']")).ToHaveCountAsync(0);
    }

    private Task<IPage> Open(string path) => browser.Open(server.BaseAddress, path);
}
