using Continuum.Testing;
using Microsoft.Playwright;

namespace Continuum.Web.Tests;

/// <summary>Each model page in a real headless browser: it runs with defaults, redraws after a change, and shows the model's equations.</summary>
public sealed class ModelPageTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ProjectionPage_ChangeLastYear_RedrawsChartsAndShowsEquations()
    {
        var page = await Open("/models/projection.html");
        // 2020–2050 in 5-year steps: 7 projected totals and 7 WPP 2019 totals.
        await Assertions.Expect(page.Locator("#chart-total .chart")).ToHaveAttributeAsync("data-points", "14");

        await page.FillAsync("#to", "2100");
        await page.ClickAsync("#run-model");

        await Assertions.Expect(page.Locator("#chart-total .chart")).ToHaveAttributeAsync("data-points", "34");
        await Assertions.Expect(page.Locator("#model-table tbody tr")).ToHaveCountAsync(17);
        Assert.Contains("to=2100", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("area=", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#model-doc h2", new() { HasText = "Method" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#model-doc")).ToContainTextAsync("P_x(t+h) = P_{x−1}(t)·S_x");
        await Assertions.Expect(page.Locator("#model-tabs a.active")).ToHaveAttributeAsync("data-model", "projection");
        await Shot(page, "model-projection");
    }

    [Fact]
    public async Task ProjectionPage_MigrationFile_UploadsAndRedraws()
    {
        var page = await Open("/models/projection.html?to=2030");
        await Assertions.Expect(page.Locator("#chart-total .chart")).ToHaveAttributeAsync("data-points", "6");
        await Assertions.Expect(page.Locator("#migration-file-label")).ToBeHiddenAsync();
        var file = Path.Combine(Path.GetTempPath(), "continuum-model-page-migration-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(file, "period_start,sex,age_start,net_migration_thousands\n2020,F,0,0\n2020,M,0,0\n2025,F,0,0\n2025,M,0,0\n",
            TestContext.Current.CancellationToken);
        try
        {
            await page.SelectOptionAsync("#migration", "file");
            await Assertions.Expect(page.Locator("#migration-file-label")).ToBeVisibleAsync();
            await page.ClickAsync("#run-model");
            await Assertions.Expect(page.Locator("#model-error")).ToContainTextAsync("choose a migration file");

            await page.SetInputFilesAsync("#migration-file", file);
            await page.ClickAsync("#run-model");

            await Assertions.Expect(page.Locator("#model-title")).ToContainTextAsync("file migration");
            await Assertions.Expect(page.Locator("#model-error")).ToBeEmptyAsync();
            await Assertions.Expect(page.Locator("#chart-flows .chart")).ToHaveAttributeAsync("data-points", "6");
            Assert.Contains("migration=file", page.Url, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ProjectionPage_ChartDownloads_GiveCsvOfEveryPointAndAPng()
    {
        var page = await Open("/models/projection.html?to=2030");
        await Assertions.Expect(page.Locator("#chart-total .chart")).ToHaveAttributeAsync("data-points", "6");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#chart-total button", new() { HasText = "CSV" }).ClickAsync());
        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator("#chart-total button", new() { HasText = "PNG" }).ClickAsync());

        Assert.Equal("projection-total.csv", csv.SuggestedFilename);
        var lines = (await File.ReadAllLinesAsync(await csv.PathAsync(), TestContext.Current.CancellationToken)).ToList();
        Assert.Equal("year,this projection,\"WPP 2019 (estimates, medium variant)\"", lines[0]);
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("2020,37742.157,37742.157", lines[1], StringComparison.Ordinal);
        Assert.Equal("projection-total.png", png.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await png.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public async Task BrainGainPage_SwitchToBdr_DrawsTheBdrModelAndTheDocImages()
    {
        var page = await Open("/models/brain-gain.html");
        await Assertions.Expect(page.Locator("#chart-human-capital .chart")).ToHaveAttributeAsync("data-points", "63");
        await Assertions.Expect(page.Locator("#bdr-fields")).ToBeHiddenAsync();

        await page.SelectOptionAsync("#model", "bdr");
        await page.FillAsync("#steps", "10");
        await page.ClickAsync("#run-model");

        await Assertions.Expect(page.Locator("#chart-shares .chart")).ToHaveAttributeAsync("data-points", "22");
        Assert.Contains("model=bdr", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("foreign_wage", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#model-summary")).ToContainTextAsync("0.19");
        var image = page.Locator("#model-doc img[src='img/brain-gain-bdr.png']");
        await image.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#model-doc img')].every(i => i.complete && i.naturalWidth > 0)");
        await Assertions.Expect(page.Locator("#model-doc")).ToContainTextAsync("H(p) = (1 − p) P / (1 − p P)");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#chart-shares .chart")).ToHaveAttributeAsync("data-points", "22");
        await Shot(page, "model-brain-gain");
    }

    [Fact]
    public async Task InequalityPage_UploadBadThenGoodFile_ShowsLineErrorThenNewDecomposition()
    {
        var page = await Open("/models/inequality.html");
        await Assertions.Expect(page.Locator("#model-table tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#model-summary [data-name=gini]")).ToContainTextAsync("0.253");
        var dir = Directory.CreateTempSubdirectory("continuum-model-page-");
        try
        {
            var bad = Path.Combine(dir.FullName, "bad.csv");
            var good = Path.Combine(dir.FullName, "good.csv");
            await File.WriteAllTextAsync(bad, "household_id,wages,farm\n1,10,5\n2,20,-3\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(good, "household_id,wages,farm\n1,10,5\n2,20,3\n3,30,0\n", TestContext.Current.CancellationToken);

            await page.SetInputFilesAsync("#upload-file", bad);
            await page.ClickAsync("#run-upload");
            await Assertions.Expect(page.Locator("#model-error")).ToContainTextAsync("upload:3: field 'farm'");

            await page.SetInputFilesAsync("#upload-file", good);
            await page.ClickAsync("#run-upload");
            await Assertions.Expect(page.Locator("#model-table tbody tr")).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#model-error")).ToBeEmptyAsync();
            await Assertions.Expect(page.Locator("#chart-lorenz .chart")).Not.ToHaveAttributeAsync("data-points", "0");
            await Assertions.Expect(page.Locator("#model-doc")).ToContainTextAsync("G_k = 2 cov(y_k, F(y_k)) / μ_k");
            await Shot(page, "model-inequality");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ReturnsPage_ReturnProbabilityZero_UpdatesNpvsAsDocumented()
    {
        var page = await Open("/models/returns.html");
        await Assertions.Expect(page.Locator("#model-summary [data-name=npv_origin_social]")).ToContainTextAsync("-68,056");
        await Assertions.Expect(page.Locator("#chart-by-return-probability .chart")).ToHaveAttributeAsync("data-points", "63");

        await page.FillAsync("#return_probability", "0");
        await page.ClickAsync("#run-model");

        // docs/models/returns.md: with return probability 0 the origin-social NPV is −69,788 US$.
        await Assertions.Expect(page.Locator("#model-summary [data-name=npv_origin_social]")).ToContainTextAsync("-69,788");
        Assert.Contains("return_probability=0", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("career_years", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#model-doc table").First).ToBeVisibleAsync();
        await Shot(page, "model-returns");

        await page.FillAsync("#remittance_share", "1.5");
        await page.ClickAsync("#run-model");
        await Assertions.Expect(page.Locator("#model-error")).ToContainTextAsync("remittance_share");
    }

    [Fact]
    public async Task WorkforcePage_AddEurope_AddsALineAndATotalRow()
    {
        var page = await Open("/models/workforce.html");
        // Africa and Asia, 2005–2050 every 5 years: 2 lines of 10 points.
        await Assertions.Expect(page.Locator("#chart-working-age .chart")).ToHaveAttributeAsync("data-points", "20");

        await page.FillAsync("#areas", "903,935,908");
        await page.ClickAsync("#run-model");

        await Assertions.Expect(page.Locator("#chart-working-age .chart")).ToHaveAttributeAsync("data-points", "30");
        await Assertions.Expect(page.Locator("#model-table tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#model-doc")).ToContainTextAsync("1.5 billion join the workforce");
        await Shot(page, "model-workforce");
    }

    [Fact]
    public async Task HostEconomyPage_ShowsTabsAndItsEquations()
    {
        var page = await Open("/models.html");

        await Assertions.Expect(page.Locator("#indicator-real_gdp .chart")).ToHaveAttributeAsync("data-points", "10");
        await Assertions.Expect(page.Locator("#model-tabs a")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#model-doc")).ToContainTextAsync("FOCUS");
        await page.FillAsync("#horizon", "20");
        await page.ClickAsync("#run-model");
        await Assertions.Expect(page.Locator("#indicator-real_gdp .chart")).ToHaveAttributeAsync("data-points", "20");
        await page.ClickAsync("#run-sensitivity");
        await Assertions.Expect(page.Locator("#sensitivity tbody tr").First).ToContainTextAsync("central");
        await Shot(page, "model-host-economy");
        await page.ClickAsync("#model-tabs a[data-model=returns]");
        await Assertions.Expect(page.Locator("#model-summary [data-name=npv_private]")).ToContainTextAsync("543,158");
    }

    [Fact]
    public async Task HostEconomyPage_IndicatorCsv_SameRowsAsTheCli()
    {
        var page = await Open("/models.html");
        await Assertions.Expect(page.Locator("#indicator-population .chart")).ToHaveAttributeAsync("data-points", "10");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#indicator-population button", new() { HasText = "CSV" }).ClickAsync());

        // The page's defaults are the pinned command's settings (--extra-admissions 100000 --from 2012 --years 10).
        var pinned = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot(), "tests", "Continuum.Cli.Tests", "Golden", "results", "host-economy-100k.csv"));
        var expected = pinned.Take(1).Concat(pinned.Where(l => l.Split(',')[1] == "population")).ToList();
        Assert.Equal("host-economy-population.csv", csv.SuggestedFilename);
        Assert.Equal(expected, await File.ReadAllLinesAsync(await csv.PathAsync(), TestContext.Current.CancellationToken));
    }

    private Task<IPage> Open(string path) => browser.Open(server.BaseAddress, path);

    private static Task Shot(IPage page, string name) => BrowserFixture.SaveScreenshot(page, name);
}
