using System.Globalization;
using Microsoft.Playwright;

namespace Continuum.Web.Tests;

/// <summary>Each page in a real headless browser: it loads, its charts show data, and a screenshot is saved.</summary>
public sealed class PageTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HomePage_Loads_ShowsStoreStatus()
    {
        var page = await Open("/");

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("observations");
        await Shot(page, "home");
    }

    [Fact]
    public async Task HomePage_EveryLink_AnswersWithAPage()
    {
        var page = await Open("/");
        var links = await page.Locator("main a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");

        Assert.True(links.Length >= 9, $"only {links.Length} links on the home page");
        foreach (var link in links)
        {
            var response = await page.APIRequest.GetAsync(new Uri(server.BaseAddress, link).ToString());
            Assert.True(response.Ok, $"{link} answered {response.Status}");
        }
    }

    [Fact]
    public async Task EvidencePage_Loads_ShowsLedgerAndAChartPerClaim()
    {
        var page = await Open("/evidence.html");

        await page.Locator("#ledger tbody tr").Nth(10).WaitForAsync();
        await page.Locator("#claim-remittances-vs-oda-2013 .chart canvas").WaitForAsync();
        var points = await page.Locator("#claim-remittances-vs-oda-2013 .chart").GetAttributeAsync("data-points");
        Assert.True(int.Parse(points!, CultureInfo.InvariantCulture) > 30);
        await Assertions.Expect(page.Locator("#ledger")).ToContainTextAsync("WDI 2026-07");
        await Shot(page, "evidence");
    }

    [Fact]
    public async Task EvidencePage_FilterByVerdict_KeepsFilterInUrlAcrossReload()
    {
        var page = await Open("/evidence.html");
        await page.Locator("#ledger tbody tr").First.WaitForAsync();

        await page.SelectOptionAsync("#verdict", "no-data");
        await Assertions.Expect(page.Locator("#ledger tbody tr[data-verdict='supported']")).ToHaveCountAsync(0);
        Assert.Contains("verdict=no-data", page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();

        await page.Locator("#ledger tbody tr").First.WaitForAsync();
        var verdicts = await page.Locator("#ledger tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.verdict)");
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.Equal("no-data", v));
    }

    [Fact]
    public async Task DataPage_SeriesFromUrl_ChartShowsEveryPointWithVintage()
    {
        var page = await Open("/data.html?indicator=SP.POP.TOTL&areas=USA,CAN&from=2000&to=2010");

        await page.Locator("#series-chart canvas").WaitForAsync();
        await Assertions.Expect(page.Locator("#series-chart")).ToHaveAttributeAsync("data-points", "22");
        await Assertions.Expect(page.Locator("#series-vintages")).ToContainTextAsync("WDI 2026-07");
        Assert.Contains("areas=USA", await page.Locator("#series-csv").GetAttributeAsync("href") ?? string.Empty, StringComparison.Ordinal);
        await Shot(page, "data-series");
    }

    [Fact]
    public async Task DataPage_ChangeAreas_RedrawsChartAndUrl()
    {
        var page = await Open("/data.html?indicator=SP.POP.TOTL&areas=USA&from=2001&to=2010");
        await Assertions.Expect(page.Locator("#series-chart")).ToHaveAttributeAsync("data-points", "10");

        await page.FillAsync("#areas", "USA,MEX,CAN");
        await page.ClickAsync("#show");

        await Assertions.Expect(page.Locator("#series-chart")).ToHaveAttributeAsync("data-points", "30");
        Assert.Contains("areas=USA%2CMEX%2CCAN", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataPage_Corridors_TableAndWorldMapShowPartners()
    {
        var page = await Open("/data.html?corridor=KNOMAD.MIG.STOCK&country=PHL&direction=from&top=10");

        await Assertions.Expect(page.Locator("#corridors tbody tr")).ToHaveCountAsync(10);
        await page.Locator("#map svg path").First.WaitForAsync();
        var coloured = await page.Locator("#map").GetAttributeAsync("data-coloured");
        Assert.True(int.Parse(coloured!, CultureInfo.InvariantCulture) > 50);
        await page.Locator("#map").ScrollIntoViewIfNeededAsync();
        await Shot(page, "data-corridors");
    }

    [Fact]
    public async Task DataPage_WorldCorridors_ListsTheLargestCorridors()
    {
        var page = await Open("/data.html?corridor=KNOMAD.MIG.STOCK&country=world&top=12");

        await Assertions.Expect(page.Locator("#corridors tbody tr")).ToHaveCountAsync(12);
        // World Bank/KNOMAD 2017 bilateral migration matrix: Mexico to the United States is the largest corridor.
        await Assertions.Expect(page.Locator("#corridors tbody tr").First).ToContainTextAsync("MEX");
        await Assertions.Expect(page.Locator("#c-area")).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task DataPage_ImportJob_ShowsProgressAndSurvivesReload()
    {
        var page = await Open("/data.html");
        var file = Path.Combine(Path.GetTempPath(), "continuum-web-page-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(file, "Country Name,Country Code,Year,Value\nCanada,CAN,2001,7\n", TestContext.Current.CancellationToken);
        try
        {
            await page.SetInputFilesAsync("#import-file", file);
            await page.SelectOptionAsync("#import-format", "wdi-long");
            await page.FillAsync("#import-vintage", "Page test 2026");
            await page.FillAsync("#import-indicator", "TEST.WEB.PAGE");
            await page.FillAsync("#import-token", ServerFixture.Token);
            await page.ClickAsync("#import-form button[type=submit]");

            await Assertions.Expect(page.Locator("#job")).ToHaveAttributeAsync("data-state", "done");
            Assert.Contains("job=", page.Url, StringComparison.Ordinal);
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("#job")).ToHaveAttributeAsync("data-state", "done");
            await Assertions.Expect(page.Locator("#job")).ToContainTextAsync("import");
            await Shot(page, "data-import-job");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ScenariosPage_MoveLeverAndRun_ChartShowsResultAndSurvivesReload()
    {
        var page = await Open("/scenarios.html?scenario=small");
        await page.Locator("#engine-emigration_rate_multiplier-MDA").WaitForAsync();

        await page.FillAsync("#engine-emigration_rate_multiplier-MDA", "1.5");
        await page.CheckAsync("#compare");
        await page.FillAsync("#run-token", ServerFixture.Token);
        await page.ClickAsync("#run");

        await Assertions.Expect(page.Locator("#job")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 120_000 });
        // Moldova, Romania and the rest of the world, 2010–2020, with the lever and unchanged.
        await Assertions.Expect(page.Locator("#measure-population .chart")).ToHaveAttributeAsync("data-points", "66");
        Assert.Contains("\"emigration_rate_multiplier\":{\"MDA\":1.5}", Uri.UnescapeDataString(page.Url), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#toml")).ToContainTextAsync("MDA = 1.5");
        await Shot(page, "scenarios-run");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#measure-emigrant_stock_abroad .chart")).ToHaveAttributeAsync("data-points", "66");
        await Assertions.Expect(page.Locator("#compare")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#engine-emigration_rate_multiplier-MDA")).ToHaveValueAsync("1.5");
    }

    [Fact]
    public async Task ModelsPage_ChangeAdmissions_RedrawsChartsForTheNewScenario()
    {
        var page = await Open("/models.html");
        await Assertions.Expect(page.Locator("#indicator-real_gdp .chart")).ToHaveAttributeAsync("data-points", "10");

        await page.FillAsync("#extra_admissions", "250000");
        await page.FillAsync("#years", "15");
        await page.ClickAsync("#run-model");

        await Assertions.Expect(page.Locator("#indicator-real_gdp .chart")).ToHaveAttributeAsync("data-points", "15");
        Assert.Contains("extra_admissions=250000", page.Url, StringComparison.Ordinal);
        await Shot(page, "models");
    }

    private Task<IPage> Open(string path) => browser.Open(server.BaseAddress, path);

    /// <summary>Saves a full-page screenshot and the page's load timings (recorded for docs/benchmarks.md, never asserted).</summary>
    private static async Task Shot(IPage page, string name)
    {
        await BrowserFixture.SaveScreenshot(page, name);
        var timing = await page.EvaluateAsync<double[]>(
            "() => { const n = performance.getEntriesByType('navigation')[0]; return [n.domContentLoadedEventEnd, n.loadEventEnd]; }");
        var line = string.Create(CultureInfo.InvariantCulture, $"{name}: DOMContentLoaded {timing[0]:F0} ms, load {timing[1]:F0} ms\n");
        await File.AppendAllTextAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "page-timings.txt"), line, TestContext.Current.CancellationToken);
    }
}
