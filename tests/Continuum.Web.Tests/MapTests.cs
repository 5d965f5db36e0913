using Microsoft.Playwright;

namespace Continuum.Web.Tests;

/// <summary>
/// The corridor world map in a real browser: countries crossing the antimeridian (Russia, Fiji, Antarctica) are drawn
/// where they are, not as lines and bands across the whole map.
/// </summary>
public sealed class MapTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Every straight segment of every country outline, in map units (the SVG is 960 x 480): a segment wider than
    // half the map can only be a jump across the antimeridian, unless it runs along the top or bottom edge (a
    // polar ring closed along its pole).
    private const string LongSegments = """
        () => {
          const bad = [];
          for (const p of document.querySelectorAll("#map svg path")) {
            for (const sub of p.getAttribute("d").split("M").slice(1)) {
              const pts = sub.replace("Z", "").split("L").map(s => s.split(",").map(Number));
              for (let i = 1; i < pts.length; i++) {
                const [x0, y0] = pts[i - 1], [x1, y1] = pts[i];
                const alongEdge = y0 === y1 && (y0 === 0 || y0 === 480);
                if (Math.abs(x1 - x0) > 480 && !alongEdge) bad.push(p.querySelector("title").textContent);
              }
            }
          }
          return bad;
        }
        """;

    // What the browser hit-tests at a longitude and latitude: "ocean" when no country's shape covers the point.
    private const string HitAt = """
        ([lon, lat]) => {
          const svg = document.querySelector("#map svg");
          const pt = svg.createSVGPoint();
          pt.x = (lon + 180) / 360 * 960; pt.y = (90 - lat) / 180 * 480;
          const screen = pt.matrixTransform(svg.getScreenCTM());
          const hit = document.elementFromPoint(screen.x, screen.y);
          return hit === svg ? "ocean" : hit.tagName === "path" ? hit.querySelector("title").textContent : hit.tagName;
        }
        """;

    [Fact]
    public async Task WorldMap_CountriesAcrossTheAntimeridian_DrawNoLineAcrossTheMap()
    {
        var page = await OpenMap();

        var bad = await page.EvaluateAsync<string[]>(LongSegments);

        Assert.Empty(bad);
    }

    [Theory]
    [InlineData(-150, -17, "ocean")] // south Pacific at Fiji's latitude, where Fiji's band ran
    [InlineData(0, 68, "ocean")] // Norwegian Sea at Chukotka's latitude, where Russia's band ran
    [InlineData(-150, 0, "ocean")] // mid-Pacific
    [InlineData(175, 66, "Russia")] // Chukotka west of the antimeridian
    [InlineData(-175, 66.5, "Russia")] // Chukotka east of it, drawn at the map's left edge
    [InlineData(0, -88, "Antarctica")] // near the pole, below the ring's southernmost vertex (85.6° S)
    public async Task WorldMap_PointAt_IsTheExpectedCountryOrOcean(double longitude, double latitude, string expected)
    {
        var page = await OpenMap();

        var hit = await page.EvaluateAsync<string>(HitAt, new[] { longitude, latitude });

        Assert.StartsWith(expected, hit, StringComparison.Ordinal);
    }

    private async Task<IPage> OpenMap()
    {
        var page = await browser.Open(server.BaseAddress, "/data.html?corridor=KNOMAD.MIG.STOCK&country=RUS&direction=from&top=10");
        await page.Locator("#map svg path").First.WaitForAsync();
        await page.Locator("#map").ScrollIntoViewIfNeededAsync();
        await page.Locator("#map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "data-worldmap.png") });
        return page;
    }
}
