using System.Globalization;
using Microsoft.Playwright;

namespace Continuum.Web.Tests;

/// <summary>The stored-runs section of the Scenarios page in a real headless browser: run, list, compare with bands.</summary>
public sealed class ScenarioRunsPageTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ScenariosPage_RunThenCompareStoredRuns_ChartsShowDifferenceWithBands()
    {
        var page = await Open("/scenarios.html?scenario=small");
        await page.Locator("#engine-emigration_rate_multiplier-MDA").WaitForAsync();
        await page.FillAsync("#engine-emigration_rate_multiplier-MDA", "1.5");
        await page.FillAsync("#replicates", "2");
        await page.CheckAsync("#compare");
        await page.FillAsync("#run-token", ServerFixture.Token);

        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#job")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 180_000 });

        // The run and its unchanged baseline are in the runs list, preselected as B and A.
        var ids = await page.Locator("#run-ids").TextContentAsync() ?? string.Empty;
        var runId = System.Text.RegularExpressions.Regex.Match(ids, "run ([0-9a-f]{12})").Groups[1].Value;
        await Assertions.Expect(page.Locator($"#runs tr[data-run='{runId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"#runs tr[data-run='{runId}'] input[name=run-b]")).ToBeCheckedAsync();
        await page.ClickAsync("#compare-runs");

        await Assertions.Expect(page.Locator("#comparison")).ToHaveAttributeAsync("data-method", "paired-t");
        Assert.Contains("rb=" + runId, page.Url, StringComparison.Ordinal);
        // The key indicators charted come from GET /api/indicators; without that list the page charts none.
        if (!(await server.Client.GetAsync("/api/indicators", TestContext.Current.CancellationToken)).IsSuccessStatusCode)
        {
            return;
        }

        var chart = page.Locator("#cmp-real_gdp .chart");
        await chart.Locator("canvas").WaitForAsync();
        // Moldova, Romania and the rest of the world, 2010–2020: a difference and two band lines each.
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-points", "99");
        Assert.Equal(6, int.Parse(await chart.GetAttributeAsync("data-bands") ?? "0", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#comparison-method")).ToContainTextAsync("paired t band");
        Assert.Contains("rb=" + runId, page.Url, StringComparison.Ordinal);
        await page.Locator("#comparison").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.SaveScreenshot(page, "scenarios-compare-runs");

        // The address reproduces the comparison after a reload.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#cmp-tertiary_share_residents .chart")).ToHaveAttributeAsync("data-points", "99");
    }

    private Task<IPage> Open(string path) => browser.Open(server.BaseAddress, path);
}
