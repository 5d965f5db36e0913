using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Continuum.Web.Jobs;

namespace Continuum.Web.Tests;

/// <summary>Everything that writes (or tries to write) the store, in one class so the store-unchanged checks never race a real import.</summary>
public sealed class ImportApiTests(ServerFixture server)
{
    private const string WdiLong = "Country Name,Country Code,Year,Value\nCanada,CAN,2001,1.5\nCanada,CAN,2002,2.5\nMexico,MEX,2001,3.5\n";

    [Fact]
    public async Task Import_WithoutToken_Returns401AndLeavesStoreUnchanged()
    {
        var before = await ApiJson.ObservationCount(server.Client);

        using var response = await Post("/api/data/import?format=wdi-long&indicator=TEST.NOTOKEN&vintage=Test%201", WdiLong, token: null);

        ApiJson.AssertClearError(HttpStatusCode.Unauthorized, response.StatusCode, await ApiJson.Read(response), "X-Continuum-Token");
        Assert.Equal(before, await ApiJson.ObservationCount(server.Client));
    }

    [Fact]
    public async Task Import_WrongToken_Returns401()
    {
        using var response = await Post("/api/data/import?format=wdi-long", WdiLong, token: "wrong-token-xxxxxxxx");

        ApiJson.AssertClearError(HttpStatusCode.Unauthorized, response.StatusCode, await ApiJson.Read(response));
    }

    [Fact]
    public async Task Import_HugePayload_Returns413AndLeavesStoreUnchanged()
    {
        var before = await ApiJson.ObservationCount(server.Client);
        var huge = "Country Name,Country Code,Year,Value\n" + string.Concat(Enumerable.Repeat("Canada,CAN,2001,1.5\n", 40_000));

        using var response = await Post("/api/data/import?format=wdi-long&indicator=TEST.HUGE&vintage=Test%201", huge, ServerFixture.Token);

        ApiJson.AssertClearError(HttpStatusCode.RequestEntityTooLarge, response.StatusCode, await ApiJson.Read(response));
        Assert.Equal(before, await ApiJson.ObservationCount(server.Client));
    }

    [Theory]
    [InlineData("format=../../etc/passwd", "format")]
    [InlineData("format=wdi-long&vintage=%01bad", "vintage")]
    public async Task Import_BadParameters_Returns400AndLeavesStoreUnchanged(string query, string field)
    {
        var before = await ApiJson.ObservationCount(server.Client);

        using var response = await Post("/api/data/import?" + query, WdiLong, ServerFixture.Token);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, response.StatusCode, await ApiJson.Read(response), field);
        Assert.Equal(before, await ApiJson.ObservationCount(server.Client));
    }

    [Fact]
    public async Task Import_EmptyBody_Returns400()
    {
        using var response = await Post("/api/data/import?format=wdi-long", string.Empty, ServerFixture.Token);

        ApiJson.AssertClearError(HttpStatusCode.BadRequest, response.StatusCode, await ApiJson.Read(response), "body");
    }

    [Fact]
    public async Task Import_MalformedFile_JobFailsNamingTheUploadAndStoreIsUnchanged()
    {
        var before = await ApiJson.ObservationCount(server.Client);
        var broken = "Country Name,Country Code,Year,Value\nCanada,CAN,20x1,1.5\n";

        var job = await SubmitAndWait("/api/data/import?format=wdi-long&indicator=TEST.BROKEN&vintage=Test%201", broken);

        Assert.Equal("failed", job.GetProperty("state").GetString());
        var error = job.GetProperty("error").GetString()!;
        Assert.StartsWith("upload", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), error, StringComparison.Ordinal);
        Assert.Equal(before, await ApiJson.ObservationCount(server.Client));
    }

    [Fact]
    public async Task Import_ValidWdiLongFile_AddsItsObservationsAndTheSeriesIsQueryable()
    {
        var before = await ApiJson.ObservationCount(server.Client);

        var job = await SubmitAndWait("/api/data/import?format=wdi-long&indicator=TEST.WEB.IMPORT&vintage=Test%202026-01&source=Test", WdiLong);

        Assert.Equal("done", job.GetProperty("state").GetString());
        Assert.Equal(3, job.GetProperty("result").GetProperty("added").GetInt64());
        Assert.Equal(before + 3, await ApiJson.ObservationCount(server.Client));
        var (status, series) = await ApiJson.Get(server.Client, "/api/data/series?indicator=TEST.WEB.IMPORT&areas=CAN,MEX");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, series.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task Import_WhenQueueIsFull_Returns429WithRetryAfter()
    {
        var queue = server.Service<JobQueue>();
        using var release = new ManualResetEventSlim();
        var blocker = queue.TrySubmit("test", "blocks the queue", (_, _) => release.Wait(TimeSpan.FromSeconds(30)));
        Assert.NotNull(blocker);
        try
        {
            using var response = await Post("/api/data/import?format=wdi-long&indicator=TEST.BUSY&vintage=Test%201", WdiLong, ServerFixture.Token);

            ApiJson.AssertClearError(HttpStatusCode.TooManyRequests, response.StatusCode, await ApiJson.Read(response));
            Assert.NotNull(response.Headers.RetryAfter);
        }
        finally
        {
            release.Set();
        }

        await ApiJson.WaitForJob(server.Client, blocker.Id);
    }

    [Theory]
    [InlineData("/api/jobs/..%2F..%2Fetc", HttpStatusCode.BadRequest)]
    [InlineData("/api/jobs/ZZZZZZZZZZZZ", HttpStatusCode.BadRequest)]
    [InlineData("/api/jobs/0123456789ab", HttpStatusCode.NotFound)]
    public async Task Job_BadOrUnknownId_Returns4xxWithBody(string url, HttpStatusCode expected)
    {
        var (status, body) = await ApiJson.Get(server.Client, url);

        ApiJson.AssertClearError(expected, status, body, "id");
    }

    [Fact]
    public async Task WrongMethod_OnReadEndpoint_Returns405WithBody()
    {
        using var response = await Post("/api/evidence", "{}", ServerFixture.Token);

        ApiJson.AssertClearError(HttpStatusCode.MethodNotAllowed, response.StatusCode, await ApiJson.Read(response));
    }

    private Task<HttpResponseMessage> Post(string url, string body, string? token) =>
        ApiJson.Send(server.Client, HttpMethod.Post, url, body, token);

    private Task<JsonElement> SubmitAndWait(string url, string body) => ApiJson.SubmitAndWait(server.Client, url, body);
}
