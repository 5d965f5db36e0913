using System.Net;
using System.Text;
using Continuum.Data.Households;
using Continuum.Data.IO;
using Continuum.Models.Inequality;
using Continuum.Web.Models;

namespace Continuum.Web.Tests;

public sealed class ModelInequalityApiTests(ServerFixture server)
{
    // The smaller of the endpoint's limit (1 MB) and the test server's request body limit.
    private const int InequalityServiceLimit = 256 * 1024;

    private const string Synthetic = "household_id,wages,farm,remittances\n1,10,5,0\n2,20,3,0\n3,15,10,30\n4,40,2,0\n5,30,0,24\n6,60,8,5\n";

    [Fact]
    public async Task Inequality_ShippedExample_ReproducesTheTestVector()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/inequality?example=households-synthetic");

        Assert.Equal(HttpStatusCode.OK, status);
        // docs/models/inequality.md (models.md §4.3 test vector): G = 0.253181, remittances' marginal effect 0.124055.
        Assert.Equal(0.2531806615776081, ModelJson.Value(body, "gini"), 1e-12);
        var remittances = ModelJson.Rows(body).Single(r => r[0].GetString() == "remittances");
        Assert.Equal(0.12405539146112243, ModelJson.Cell(remittances, body, "marginal_effect"), 1e-12);
        Assert.Equal(0.6412429378531074, ModelJson.Cell(remittances, body, "gini"), 1e-12);
        Assert.Equal("total", ModelJson.Rows(body)[^1][0].GetString());
    }

    [Fact]
    public async Task InequalityExamples_ListTheShippedHouseholdFiles()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/inequality/examples");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("households-synthetic", body.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task InequalityUpload_WeightedFile_MatchesTheLibraryCalledDirectly()
    {
        const string csv = "household_id,weight,wages,remittances\na,2,10,0\nb,1,20,5\nc,3,5,40\nd,1,30,0\n";

        var (status, body) = await Post(csv);

        Assert.Equal(HttpStatusCode.OK, status);
        var direct = GiniDecomposition.Of(HouseholdIncomeFile.Parse("x", csv));
        Assert.Equal(direct.TotalGini, ModelJson.Value(body, "gini"), 1e-12);
        Assert.Equal(direct.Sources[1].Contribution, ModelJson.Cell(ModelJson.Rows(body)[1], body, "contribution"), 1e-12);
    }

    [Fact]
    public async Task InequalityUpload_SameAsExample_GivesTheSameGini()
    {
        var shipped = await File.ReadAllTextAsync(DataPaths.Shipped("examples", "households-synthetic.csv"), TestContext.Current.CancellationToken);
        Assert.Equal(Synthetic, shipped.Replace("\r\n", "\n", StringComparison.Ordinal));

        var (_, body) = await Post(Synthetic);

        Assert.Equal(0.2531806615776081, ModelJson.Value(body, "gini"), 1e-12);
    }

    [Fact]
    public async Task InequalityUpload_SourceWithoutIncome_AnswersWithNullsNotAnError()
    {
        var (status, body) = await Post("household_id,wages,gifts\n1,10,0\n2,20,0\n3,40,0\n");

        Assert.Equal(HttpStatusCode.OK, status);
        var gifts = ModelJson.Rows(body).Single(r => r[0].GetString() == "gifts");
        Assert.Equal(0, ModelJson.Cell(gifts, body, "share"));
        Assert.Contains(gifts.EnumerateArray(), c => c.ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Equal(ModelJson.Cell(ModelJson.Rows(body)[0], body, "gini"), ModelJson.Value(body, "gini"), 1e-12);
    }

    [Theory]
    [InlineData("household_id,wages,farm\n1,10,5\n2,20,-3\n", "upload:3: field 'farm': -3 is outside the allowed range [0, ∞)", "farm")]
    [InlineData("household_id,wages\n1,10\n1,20\n", "upload:3: field 'household_id': household '1' already appears on line 2", "household_id")]
    [InlineData("household_id,weight,wages\n1,0,10\n", "upload:2: field 'weight'", "weight")]
    [InlineData("household_id,wages\n1,abc\n", "upload:2: field 'wages'", "wages")]
    [InlineData("id,wages\n1,10\n", "household_id", null)]
    [InlineData("household_id\n1\n", "upload:1:", "body")]
    public async Task InequalityUpload_BadFile_Returns400NamingLineAndField(string csv, string message, string? field)
    {
        var (status, body) = await Post(csv);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, field);
        Assert.Contains(message, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InequalityUpload_TooLarge_Returns413()
    {
        var big = new StringBuilder("household_id,wages\n");
        for (var i = 0; big.Length < InequalityServiceLimit + 1000; i++)
        {
            big.Append(i).Append(",1000\n");
        }

        using var content = new StringContent(big.ToString(), Encoding.UTF8, "text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/models/inequality") { Content = content };
        // The server refuses before reading; with 100-continue the client does not send the body into a closed connection.
        request.Headers.ExpectContinue = true;
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        ApiJson.AssertClearError(HttpStatusCode.RequestEntityTooLarge, response.StatusCode, await ApiJson.Read(response));
    }

    [Theory]
    [InlineData(ModelUpload.MaxBytes, true)]
    [InlineData(ModelUpload.MaxBytes + 1, false)]
    public async Task ModelUpload_AtAndAboveTheLimit_ReadsOrRefuses(int bytes, bool accepted)
    {
        using var body = new MemoryStream(Enumerable.Repeat((byte)'1', bytes).ToArray());

        var text = await ModelUpload.ReadAsync(body, TestContext.Current.CancellationToken);

        Assert.Equal(accepted, text is not null);
        Assert.True(text is null || text.Length == bytes);
    }

    [Theory]
    [InlineData("example=nope")]
    [InlineData("example=..%2F..%2Fetc%2Fpasswd")]
    [InlineData("example=households-synthetic.csv")]
    public async Task Inequality_UnknownExample_Returns400(string query)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/models/inequality?" + query);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, status, body, "example");
    }

    private async Task<(HttpStatusCode, System.Text.Json.JsonElement)> Post(string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await server.Client.PostAsync("/api/models/inequality", content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await ApiJson.Read(response));
    }
}
