using System.Net;

namespace Continuum.Web.Tests;

public sealed class ModelWorkforceApiTests(ServerFixture server)
{
    [Theory]
    // docs/models/projection.md, "Working age" (WPP 2019, millions, printed to the million): Africa + Asia.
    [InlineData("", 1_809)]
    [InlineData("?years=2010,2050", 1_531)]
    [InlineData("?ages=15-59", 1_531)]
    public async Task Workforce_AfricaAndAsia_ReproducesTheDocumentedChange(string query, double changeMillions)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/workforce" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        var total = ModelJson.Rows(body).Single(r => r[0].GetString() == "total");
        Assert.Equal(changeMillions, ModelJson.Cell(total, body, "change_k") / 1e3, 0.5);
    }

    [Fact]
    public async Task Workforce_Europe2005_IsAbout497Million()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/models/workforce?areas=908");

        // docs/models/projection.md: Europe 497 → 407 million aged 15–64, 2005 → 2050; one area has no total row.
        var rows = ModelJson.Rows(body);
        Assert.Single(rows);
        Assert.Equal(497, ModelJson.Cell(rows[0], body, "population_from_k") / 1e3, 0.5);
        Assert.Equal(407, ModelJson.Cell(rows[0], body, "population_to_k") / 1e3, 0.5);
        Assert.Equal(10, ModelJson.Chart(body, "working-age").GetProperty("lines")[0].GetProperty("x").GetArrayLength());
    }

    [Theory]
    [InlineData("years=2050,2005", "years")]
    [InlineData("years=2003,2050", "years")]
    [InlineData("years=2005", "years")]
    [InlineData("ages=15-60", "ages")]
    [InlineData("ages=abc", "ages")]
    [InlineData("areas=CAN,XXZ", "areas")]
    [InlineData("areas=1,2,3,4,5,6,7,8,9,10,11,12,13", "areas")]
    public async Task Workforce_BadSetting_Returns400NamingIt(string query, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/workforce?" + query);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }
}
