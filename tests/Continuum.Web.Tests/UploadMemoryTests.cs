using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Continuum.Web.Tests;

/// <summary>
/// Failed jobs and failed uploads free what they held: after ten imports that fail on their last line (each parsed
/// through to the end) and ten model uploads that fail, the server's managed heap, measured after forced full
/// collections, is back at its level before them. Tests in this assembly run one at a time, so nothing else allocates
/// on the server meanwhile; a retained upload would add at least its size (250 KB) per job.
/// </summary>
public sealed class UploadMemoryTests(ServerFixture server)
{
    private const int Failures = 10;

    [Fact]
    public async Task FailedImportsAndModelUploads_HeapReturnsToIdle()
    {
        var file = FailingFile();
        Assert.True(file.Length > 200_000 && file.Length < server.Options.MaxRequestBodyBytes);
        await FailImport(file, 0);
        await FailModelUpload(file);
        var idle = Heap();

        for (var i = 1; i <= Failures; i++)
        {
            await FailImport(file, i);
            await FailModelUpload(file);
        }

        var after = Heap();
        Assert.True(after - idle < 2_000_000, $"heap grew by {after - idle:N0} bytes after {Failures} failed imports and uploads of {file.Length:N0} bytes each");
    }

    /// <summary>A WDI long CSV of about 250 KB whose last line has a malformed year.</summary>
    private static string FailingFile()
    {
        var text = new StringBuilder("Country Name,Country Code,Year,Value\n");
        for (var i = 0; text.Length < 250_000; i++)
        {
            text.Append("Canada,CAN,").Append(1000 + (i % 1000)).Append(",1.5\n");
        }

        return text.Append("Canada,CAN,20x1,1.5\n").ToString();
    }

    private async Task FailImport(string file, int i)
    {
        using var response = await Post($"/api/data/import?format=wdi-long&indicator=TEST.MEMORY{i}&vintage=Memory%20test", file);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await ApiJson.Read(response)).GetProperty("id").GetString()!;
        for (var wait = 0; wait < 600; wait++)
        {
            var (_, job) = await ApiJson.Get(server.Client, "/api/jobs/" + id);
            if (job.GetProperty("state").GetString() is "done" or "failed")
            {
                Assert.Equal("failed", job.GetProperty("state").GetString());
                Assert.DoesNotContain(Path.GetTempPath(), job.GetProperty("error").GetString(), StringComparison.Ordinal);
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"import job {id} did not finish within a minute");
    }

    private async Task FailModelUpload(string file)
    {
        using var response = await Post("/api/models/inequality", file);
        ApiJson.AssertClearError(HttpStatusCode.BadRequest, response.StatusCode, await ApiJson.Read(response));
    }

    private async Task<HttpResponseMessage> Post(string url, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);
        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static long Heap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
