using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Continuum.Web.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (no browser download). When the browser is missing, the
/// browser tests are reported as skipped with the install command on a developer's machine, and FAIL in CI
/// (environment variable CI=true, set by .ci/run's caller): they never pass silently.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    private IBrowser? _browser;

    private readonly ConcurrentDictionary<IPage, ConcurrentQueue<string>> _cspViolations = new();

    /// <summary>The browser; skips (or, in CI, fails) the calling test when Chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_browser is not null)
            {
                return _browser;
            }

            var message = $"Chromium is not installed at {ChromiumPath}; install it with 'apt-get install -y chromium' (the browser tests need it).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
            return null!;
        }
    }

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>
    /// Opens <paramref name="path"/> of the server at <paramref name="baseAddress"/> in a new 1280×1000 page; fails unless it
    /// answers 2xx and loads without a Content-Security-Policy violation reported on the console.
    /// </summary>
    public async Task<IPage> Open(Uri baseAddress, string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        var page = await context.NewPageAsync();
        var violations = _cspViolations.GetOrAdd(page, _ => new ConcurrentQueue<string>());
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue(message.Text);
            }
        };
        var response = await page.GotoAsync(new Uri(baseAddress, path).ToString());
        Assert.True(response?.Ok, $"{path} answered {response?.Status}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        AssertNoCspViolations(page);
        return page;
    }

    /// <summary>Fails when the browser reported a Content-Security-Policy violation on <paramref name="page"/> so far.</summary>
    public void AssertNoCspViolations(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.Empty(_cspViolations.GetValueOrDefault(page) ?? new ConcurrentQueue<string>());
    }

    /// <summary>Saves a full-page screenshot of <paramref name="page"/> as <c>TestResults/screenshots/NAME.png</c>.</summary>
    public static Task SaveScreenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null && _browser is not null)
        {
            await _browser.CloseAsync();
            _playwright.Dispose();
        }
    }
}
