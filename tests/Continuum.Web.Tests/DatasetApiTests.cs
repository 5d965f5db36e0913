using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Continuum.Web.Tests;

/// <summary>The web import follows the command line's dataset rules; <c>/api/data/datasets</c> lists and removes datasets.</summary>
public sealed class DatasetApiTests(ServerFixture server)
{
    private const string Rows = "Country Name,Country Code,Year,Value\nCanada,CAN,2001,4.5\nMexico,MEX,2001,5.5\n";

    [Fact]
    public async Task Import_ShippedVintageLabel_JobFailsNamingTheShippedDataAndStoreIsUnchanged()
    {
        var before = await ApiJson.ObservationCount(server.Client);

        var job = await SubmitAndWait("/api/data/import?format=wdi-long&indicator=TS.WEB.CLASH&vintage=WDI%202026-07", Rows);

        Assert.Equal("failed", job.GetProperty("state").GetString());
        Assert.Contains("belongs to the shipped data", job.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ApiJson.ObservationCount(server.Client));
    }

    [Theory]
    [InlineData("vintage")]
    [InlineData("indicator")]
    [InlineData("source")]
    public async Task Import_BlankLabel_Returns400NamingIt(string label)
    {
        using var response = await Send(HttpMethod.Post, $"/api/data/import?format=wdi-long&{label}=%20", Rows, ServerFixture.Token);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, response.StatusCode, await ApiJson.Read(response), label);
    }

    [Fact]
    public async Task Import_SameFileOtherVintage_FailsUntilReplaceThenTheDatasetIsRelabelledAsAWebUpload()
    {
        var body = Rows.Replace("4.5", "4.75", StringComparison.Ordinal);
        Assert.Equal("done", (await SubmitAndWait("/api/data/import?format=wdi-long&indicator=TS.WEB.RELABEL&vintage=Web%20wrong", body)).GetProperty("state").GetString());

        var refused = await SubmitAndWait("/api/data/import?format=wdi-long&indicator=TS.WEB.RELABEL&vintage=Web%20right", body);
        var replaced = await SubmitAndWait("/api/data/import?format=wdi-long&indicator=TS.WEB.RELABEL&vintage=Web%20right&replace=true", body);

        Assert.Contains("replace=true", refused.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("done", replaced.GetProperty("state").GetString());
        var datasets = await Datasets();
        var mine = Assert.Single(datasets, d => d.GetProperty("vintage").GetString() is "Web right" or "Web wrong");
        Assert.Equal("Web right", mine.GetProperty("vintage").GetString());
        Assert.Equal("web upload", mine.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task DeleteDataset_NeedsTheTokenThenRemovesItsValues()
    {
        var body = Rows.Replace("5.5", "5.25", StringComparison.Ordinal);
        var job = await SubmitAndWait("/api/data/import?format=wdi-long&indicator=TS.WEB.DELETE&vintage=Web%20delete", body);
        var id = job.GetProperty("result").GetProperty("datasetId").GetInt32();
        var before = await ApiJson.ObservationCount(server.Client);

        using var anonymous = await Send(HttpMethod.Delete, $"/api/data/datasets/{id}", null, token: null);
        var afterAnonymous = await ApiJson.ObservationCount(server.Client);
        using var deleted = await Send(HttpMethod.Delete, $"/api/data/datasets/{id}", null, ServerFixture.Token);

        ApiJson.AssertClearError(HttpStatusCode.Unauthorized, anonymous.StatusCode, await ApiJson.Read(anonymous));
        Assert.Equal(before, afterAnonymous);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(before - 2, await ApiJson.ObservationCount(server.Client));
        Assert.DoesNotContain(await Datasets(), d => d.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task DeleteDataset_ShippedWithoutFlag_Returns400AndKeepsIt()
    {
        var shipped = (await Datasets()).First(d => d.GetProperty("shipped").GetBoolean());
        var before = await ApiJson.ObservationCount(server.Client);

        using var response = await Send(HttpMethod.Delete, $"/api/data/datasets/{shipped.GetProperty("id").GetInt32()}", null, ServerFixture.Token);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, response.StatusCode, await ApiJson.Read(response));
        Assert.Equal(before, await ApiJson.ObservationCount(server.Client));
    }

    [Theory]
    [InlineData("999999", HttpStatusCode.NotFound)]
    [InlineData("abc", HttpStatusCode.BadRequest)]
    public async Task DeleteDataset_UnknownOrBadId_Returns4xxNamingTheId(string id, HttpStatusCode expected)
    {
        using var response = await Send(HttpMethod.Delete, "/api/data/datasets/" + id, null, ServerFixture.Token);

        ApiJson.AssertClearError(expected, response.StatusCode, await ApiJson.Read(response), "id");
    }

    private async Task<List<JsonElement>> Datasets()
    {
        var (status, body) = await ApiJson.Get(server.Client, "/api/data/datasets");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.EnumerateArray().ToList();
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, string? body, string? token) =>
        ApiJson.Send(server.Client, method, url, body, token);

    private Task<JsonElement> SubmitAndWait(string url, string body) => ApiJson.SubmitAndWait(server.Client, url, body);
}
