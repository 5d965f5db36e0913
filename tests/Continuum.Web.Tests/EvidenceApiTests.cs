using System.Net;
using System.Text.Json;

namespace Continuum.Web.Tests;

public sealed class EvidenceApiTests(ServerFixture server)
{
    [Fact]
    public async Task Evidence_NoFilter_ListsEveryClaimWithVerdictSourceAndVintage()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/evidence");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        var ids = rows.Select(r => r.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("migrants-2010", ids);
        Assert.Contains("recruitment-agencies-1900", ids);
        Assert.All(rows, r => Assert.Contains(r.GetProperty("verdict").GetString(), new[] { "supported", "partly", "not supported", "no data" }));
        var migrants = rows.First(r => r.GetProperty("id").GetString() == "migrants-2010");
        Assert.False(string.IsNullOrEmpty(migrants.GetProperty("vintage").GetString()));
        Assert.NotEmpty(migrants.GetProperty("data").EnumerateArray());
    }

    [Theory]
    [InlineData("no-data")]
    [InlineData("supported")]
    public async Task Evidence_VerdictFilter_ReturnsOnlyThatVerdict(string verdict)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/evidence?verdict=" + verdict);

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(verdict.Replace('-', ' '), r.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task Evidence_RecruitmentAgenciesClaim_IsNoData()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/api/evidence?verdict=no-data");

        Assert.Contains(body.GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetString() == "recruitment-agencies-1900");
    }

    [Theory]
    [InlineData("/api/evidence?verdict=maybe", "verdict")]
    [InlineData("/api/evidence?session=Nowhere", "session")]
    public async Task Evidence_UnknownFilter_Returns400NamingTheField(string url, string field)
    {
        var (status, body) = await ApiJson.Get(server.Client, url);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
    }

    [Fact]
    public async Task ClaimChart_RemittancesVsOda_HasThreeSeriesWithData()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/evidence/remittances-vs-oda-2013/chart");

        Assert.Equal(HttpStatusCode.OK, status);
        var lines = body.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.True(l.GetProperty("values").GetArrayLength() > 10));
        Assert.All(lines, l => Assert.Equal(JsonValueKind.String, l.GetProperty("vintage").ValueKind));
    }

    [Theory]
    [InlineData("/api/evidence/no-such-claim/chart", HttpStatusCode.NotFound)]
    [InlineData("/api/evidence/..%2F..%2Fetc%2Fpasswd/chart", HttpStatusCode.BadRequest)]
    [InlineData("/api/evidence/a%20b/chart", HttpStatusCode.BadRequest)]
    public async Task ClaimChart_BadId_Returns4xxWithBody(string url, HttpStatusCode expected)
    {
        var (status, body) = await ApiJson.Get(server.Client, url);

        ApiJson.AssertClearError(expected, status, body, "id");
    }
}
