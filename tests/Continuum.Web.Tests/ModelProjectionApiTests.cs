using System.Net;
using Continuum.Data.Demography;
using Continuum.Models.Projection;

namespace Continuum.Web.Tests;

public sealed class ModelProjectionApiTests(ServerFixture server)
{
    [Fact]
    public async Task Projection_Canada2050_MatchesTheLibraryAndWpp2019()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/projection?area=CAN&from=2020&to=2050");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = ModelJson.Rows(body);
        Assert.Equal(7, rows.Count);
        var wpp = WppDemography.LoadShipped();
        var direct = CohortComponentProjection.Project(wpp.Inputs(wpp.Locations.Resolve("CAN"), 2020, 2050, MigrationAssumption.Medium), 2050, ProjectionStep.FiveYears);
        Assert.Equal(direct.Total(6) / 1e3, ModelJson.Cell(rows[6], body, "population_k"), 9);
        Assert.Equal(direct.AgeRangeTotal(6, 15, 64) / 1e3, ModelJson.Cell(rows[6], body, "age_15_64_k"), 9);
        // docs/models/projection.md, Validation: Canada 2030 −0.06% and 2050 −0.49% against WPP 2019 medium (tolerance 1%).
        Assert.Equal(-0.06, ModelJson.Cell(rows[2], body, "difference_pct"), 0.01);
        Assert.Equal(-0.49, ModelJson.Cell(rows[6], body, "difference_pct"), 0.01);
        Assert.InRange(Math.Abs(ModelJson.Cell(rows[6], body, "difference_pct")), 0, 1);
    }

    [Fact]
    public async Task Projection_OneYearStepsAndZeroMigration_GivesYearlyRowsAndASmallerCanada()
    {
        var (_, medium) = await ApiJson.Get(server.Client, "/api/models/projection?area=CAN&to=2030&step=1");
        var (status, zero) = await ApiJson.Get(server.Client, "/api/models/projection?area=CAN&to=2030&step=1&migration=zero");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(11, ModelJson.Rows(zero).Count);
        Assert.True(ModelJson.Cell(ModelJson.Rows(zero)[10], zero, "population_k") < ModelJson.Cell(ModelJson.Rows(medium)[10], medium, "population_k"));
        Assert.Equal(0, ModelJson.Cell(ModelJson.Rows(zero)[10], zero, "net_migration_k"), 9);
        var ages = ModelJson.Chart(zero, "single-ages");
        Assert.Equal(4, ages.GetProperty("lines").GetArrayLength());
        Assert.Equal(101, ages.GetProperty("lines")[0].GetProperty("x").GetArrayLength());
    }

    [Fact]
    public async Task ProjectionAreas_ListsCountriesAndRegions()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/projection/areas");

        Assert.Equal(HttpStatusCode.OK, status);
        var codes = body.EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToList();
        Assert.Contains("CAN", codes);
        Assert.Contains("903", codes);
    }

    [Fact]
    public async Task ProjectionUpload_ZeroMigrationFile_EqualsZeroMigration()
    {
        var (_, zero) = await ApiJson.Get(server.Client, "/api/models/projection?area=CAN&to=2040&migration=zero");

        var (status, body) = await PostMigration("area=CAN&to=2040", MigrationFile(0));

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = ModelJson.Rows(body);
        Assert.Equal(5, rows.Count);
        Assert.Equal(ModelJson.Cell(ModelJson.Rows(zero)[4], zero, "population_k"), ModelJson.Cell(rows[4], body, "population_k"), 9);
    }

    [Fact]
    public async Task ProjectionUpload_FileWithImmigrants_MatchesTheLibraryCalledDirectly()
    {
        var csv = MigrationFile(10);
        var (status, body) = await PostMigration("area=CAN&to=2040&step=1", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        var path = Path.Combine(Path.GetTempPath(), "continuum-web-test-migration-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(path, csv, TestContext.Current.CancellationToken);
        try
        {
            var wpp = WppDemography.LoadShipped();
            var can = wpp.Locations.Resolve("CAN");
            var inputs = wpp.Inputs(can, 2020, 2040, MigrationAssumption.Supplied, SuppliedNetMigration.Read(path, can.Code));
            var direct = CohortComponentProjection.Project(inputs, 2040, ProjectionStep.OneYear);
            Assert.Equal(direct.Total(20) / 1e3, ModelJson.Cell(ModelJson.Rows(body)[20], body, "population_k"), 9);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("period_start,sex,age_start,net_migration_thousands\n2020,X,0,1\n", "upload:2: field 'sex'", "sex")]
    [InlineData("period_start,sex,age_start,net_migration_thousands\n2020,F,7,1\n", "upload:2: field 'age_start'", "age_start")]
    [InlineData("period_start,sex,age_start,net_migration_thousands\n2020,F,0,1\n2020,M,0,1\n", "upload: field 'period_start': no rows for sex F in the period starting 2025", "period_start")]
    [InlineData("period_start,sex,age\n2020,F,0\n", "upload:1:", null)]
    public async Task ProjectionUpload_BadFile_Returns400NamingUploadLineAndField(string csv, string message, string? field)
    {
        var (status, body) = await PostMigration("area=CAN&to=2030", csv);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
        var error = body.GetProperty("error").GetString()!;
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2021", "from")]
    [InlineData("from=1900", "from")]
    [InlineData("to=2020", "to")]
    [InlineData("to=2047", "to")]
    [InlineData("to=2101&step=1", "to")]
    [InlineData("step=3", "step")]
    [InlineData("area=XXZ", "area")]
    [InlineData("area=..%2Fetc%2Fpasswd", "area")]
    [InlineData("migration=file", "migration")]
    [InlineData("variant=high", "variant")]
    [InlineData("from=abc", "from")]
    public async Task Projection_BadSetting_Returns400NamingIt(string query, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/projection?" + query);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }

    // Net migration of `thousands` thousand per sex and 5-year period at ages 0–4, for every period 2020–2095.
    private static string MigrationFile(double thousands)
    {
        var lines = new List<string> { "period_start,sex,age_start,net_migration_thousands" };
        for (var period = 2020; period < 2100; period += 5)
        {
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{period},F,0,{thousands}"));
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{period},M,0,{thousands}"));
        }

        return string.Join('\n', lines) + "\n";
    }

    private async Task<(HttpStatusCode, System.Text.Json.JsonElement)> PostMigration(string query, string csv)
    {
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        using var response = await server.Client.PostAsync("/api/models/projection?" + query, content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await ApiJson.Read(response));
    }
}
