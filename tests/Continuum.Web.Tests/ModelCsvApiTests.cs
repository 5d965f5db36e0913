using System.Net;
using Continuum.Data.IO;
using Continuum.Models.BrainGain;
using Continuum.Models.HostEconomy;
using Continuum.Models.Returns;

namespace Continuum.Web.Tests;

/// <summary>The models' CSV downloads and parameter schema: the CSV is the command's own, byte for byte (its golden file).</summary>
public sealed class ModelCsvApiTests(ServerFixture server)
{
    [Theory]
    [InlineData("/api/models/returns.csv", "returns.csv")]
    [InlineData("/api/models/brain-gain.csv", "brain-gain.csv")]
    [InlineData("/api/models/brain-gain.csv?model=bdr", "brain-gain-bdr.csv")]
    [InlineData("/api/models/host-economy.csv?extra_admissions=100000&from=2012&years=10", "host-economy-100k.csv")]
    [InlineData("/api/models/host-economy/sensitivity.csv", "host-economy-sensitivity.csv")]
    public async Task ModelCsv_DefaultRun_EqualsTheCommandsGoldenCsv(string url, string golden)
    {
        using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var expected = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "tests", "Continuum.Cli.Tests", "Golden", "results", golden), TestContext.Current.CancellationToken);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ModelCsv_Override_ChangesTheTableAndParsesBack()
    {
        using var response = await server.Client.GetAsync(new Uri("/api/models/returns.csv?return_probability=0", UriKind.Relative), TestContext.Current.CancellationToken);
        var csv = CsvFile.Parse("returns.csv", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["measure", "party", "value", "unit"], csv.Header);
        var returnPremium = csv.Records.Single(r => r.Text("measure") == "return_premium");
        Assert.Equal(0, returnPremium.Number("value"));
    }

    [Theory]
    [InlineData("/api/models/host-economy.csv?demand_multiplier=9", "demand_multiplier")]
    [InlineData("/api/models/returns.csv?career_years=2.5", "career_years")]
    [InlineData("/api/models/brain-gain.csv?p_max=0", "p_max")]
    public async Task ModelCsv_BadValue_400NamingTheSpec(string url, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, url);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }

    [Fact]
    public async Task Schema_ListsEverySpecOfEveryModel()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/schema/models");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HostEconomySpecs.All.Select(s => s.Name), body.GetProperty("host-economy").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(MigrationReturnsSpecs.Keys, body.GetProperty("returns").EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
        Assert.Equal(BrainGainSpecs.All.Count, body.GetProperty("brain-gain").GetArrayLength());
        var demand = body.GetProperty("host-economy").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "demand_multiplier");
        Assert.Equal("--demand-multiplier", demand.GetProperty("option").GetString());
        Assert.Equal(3, demand.GetProperty("max").GetDouble());
        Assert.Equal(HostEconomySpecs.DemandMultiplier.Help, demand.GetProperty("help").GetString());
    }

    [Fact]
    public async Task Schema_OneModel_AndUnknownModelIs404()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/schema/models/brain-gain");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["two-period", "bdr"], body[0].GetProperty("choices").EnumerateArray().Select(c => c.GetString()!));

        var (missing, error) = await ApiJson.Get(server.Client, "/api/schema/models/nope");
        ApiJson.AssertClearError(HttpStatusCode.NotFound, missing, error, "name");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Continuum.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Continuum.slnx not found above the test folder");
    }
}
