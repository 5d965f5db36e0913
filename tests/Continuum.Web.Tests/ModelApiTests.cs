using System.Net;

namespace Continuum.Web.Tests;

public sealed class ModelApiTests(ServerFixture server)
{
    [Fact]
    public async Task HostEconomy_ExtraAdmissions_RaiseRealGdpAboveBase()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/host-economy?extra_admissions=100000&from=2012&years=10");

        Assert.Equal(HttpStatusCode.OK, status);
        var gdp = body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "real_gdp");
        Assert.Equal(10, gdp.GetProperty("years").GetArrayLength());
        Assert.Equal(2012, gdp.GetProperty("years")[0].GetInt32());
        Assert.True(gdp.GetProperty("difference")[9].GetDouble() > 0);
    }

    [Fact]
    public async Task HostEconomy_NoExtraAdmissions_ChangesNothing()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/models/host-economy?extra_admissions=0");

        var gdp = body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "real_gdp");
        Assert.All(gdp.GetProperty("difference").EnumerateArray(), d => Assert.Equal(0, d.GetDouble(), 9));
    }

    [Theory]
    // docs/models/host-economy.md: ten-year real GDP effect +2.40% (2021), also with the projected base population.
    [InlineData("", "real_gdp", 2.40)]
    [InlineData("base_population=projection", "real_gdp", 2.40)]
    [InlineData("", "gdp_per_capita", -0.23)]
    // docs/models/host-economy.md: per capita turns positive with faster convergence (T = 5: +0.13%).
    [InlineData("productivity_convergence_years=5", "gdp_per_capita", 0.13)]
    public async Task HostEconomy_YearTen_MatchesTheDocumentedEffect(string query, string indicator, double percent)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/host-economy?" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        var line = body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == indicator);
        Assert.Equal(2021, line.GetProperty("years")[9].GetInt32());
        Assert.Equal(percent, line.GetProperty("difference")[9].GetDouble(), 0.005);
    }

    [Fact]
    public async Task HostEconomyUpload_ZeroExtraLabour_ChangesNoOutput()
    {
        var csv = "year,population,adults,employment,effective_labour\n" + string.Concat(Enumerable.Range(2012, 10).Select(y => $"{y},0,0,0,0\n"));

        var (status, body) = await PostExtraLabour("", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        var gdp = body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "real_gdp");
        Assert.All(gdp.GetProperty("difference").EnumerateArray(), d => Assert.Equal(0, d.GetDouble(), 9));
    }

    [Fact]
    public async Task HostEconomyUpload_MoreEffectiveLabour_RaisesGdpMoreThanLess()
    {
        static string File(double labour) => "year,population,adults,employment,effective_labour\n" +
            string.Concat(Enumerable.Range(2012, 10).Select(y => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{y},{labour * 1.5},{labour * 1.2},{labour},{labour}\n")));

        var (_, small) = await PostExtraLabour("", File(50_000));
        var (_, large) = await PostExtraLabour("", File(200_000));

        double Gdp(System.Text.Json.JsonElement b) => b.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "real_gdp").GetProperty("difference")[9].GetDouble();
        Assert.True(Gdp(small) > 0);
        Assert.True(Gdp(large) > Gdp(small));
    }

    [Theory]
    [InlineData("year,population,adults,employment,effective_labour\n2012,0,0,0,0\n", "upload: field 'year': no row for year 2013", "year")]
    [InlineData("year,population,adults,employment,effective_labour\n2012,abc,0,0,0\n", "upload:2: field 'population'", "population")]
    [InlineData("year,population\n2012,0\n", "upload:1:", null)]
    public async Task HostEconomyUpload_BadFile_Returns400NamingUploadLineAndField(string csv, string message, string? field)
    {
        var (status, body) = await PostExtraLabour("", csv);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
        Assert.Contains(message, body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostEconomy_Horizon20_SimulatesTwentyYears()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/models/host-economy?horizon=20");

        var gdp = body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "real_gdp");
        Assert.Equal(20, gdp.GetProperty("years").GetArrayLength());
        Assert.Equal(2031, gdp.GetProperty("years")[19].GetInt32());
    }

    [Fact]
    public async Task HostEconomySensitivity_MatchesTheDocumentedTable()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/host-economy/sensitivity");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        // docs/models/host-economy.md, Sensitivity: central 2.40 / −0.23 / −0.28 / 0.17; relative productivity 0.5 gives 2.15.
        Assert.Equal(2.40, rows[0][2].GetDouble(), 0.005);
        Assert.Equal(-0.23, rows[0][3].GetDouble(), 0.005);
        Assert.Equal(-0.28, rows[0][4].GetDouble(), 0.005);
        Assert.Equal(0.17, rows[0][5].GetDouble(), 0.005);
        Assert.Contains(rows, r => r[1].ValueKind == System.Text.Json.JsonValueKind.Number && r[1].GetDouble() == 0.5 && Math.Abs(r[2].GetDouble() - 2.15) < 0.005);
    }

    [Theory]
    [InlineData("horizon=5", "horizon")]
    [InlineData("horizon=61", "horizon")]
    [InlineData("base_population=census", "base_population")]
    [InlineData("okun=3", "okun")]
    [InlineData("labour_share=0.1", "labour_share")]
    [InlineData("emigration_rate=0.6", "emigration_rate")]
    [InlineData("capital_adjustment=2", "capital_adjustment")]
    [InlineData("productivity_convergence_years=0", "productivity_convergence_years")]
    [InlineData("population_scaled_spending=-1", "population_scaled_spending")]
    public async Task HostEconomy_BadOverride_Returns400NamingItInSnakeCase(string query, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/host-economy?" + query);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }

    [Theory]
    [InlineData("from=1990", "from")]
    [InlineData("years=ten", "years")]
    [InlineData("extra_admissions=-5", "extra_admissions")]
    [InlineData("relative_productivity=NaN", "relative_productivity")]
    [InlineData("demand_multiplier=9", "demand_multiplier")]
    public async Task HostEconomy_BadSetting_Returns400NamingIt(string query, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/host-economy?" + query);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }

    private async Task<(HttpStatusCode, System.Text.Json.JsonElement)> PostExtraLabour(string query, string csv)
    {
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        using var response = await server.Client.PostAsync("/api/models/host-economy?" + query, content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await ApiJson.Read(response));
    }
}
