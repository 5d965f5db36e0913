using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Continuum.Web.Tests;

/// <summary>Small helpers to call the API and read its JSON.</summary>
internal static class ApiJson
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, await Read(response));
    }

    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<long> ObservationCount(HttpClient client)
    {
        var (_, body) = await Get(client, "/api/data/status");
        return body.GetProperty("observations").GetInt64();
    }

    /// <summary>Asserts a 4xx answer with an API error body that says something.</summary>
    public static void AssertClearError(HttpStatusCode expected, HttpStatusCode status, JsonElement body, string? field = null)
    {
        Assert.Equal(expected, status);
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal((int)expected, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetString()));
        if (field is not null)
        {
            Assert.Equal(field, body.GetProperty("field").GetString());
        }
    }

    /// <summary>Sends <paramref name="body"/> (CSV text, or none) with the bearer <paramref name="token"/> (or none).</summary>
    public static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string? body, string? token)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "text/csv");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Polls job <paramref name="id"/> until it is done or failed (at most a minute) and returns it.</summary>
    public static async Task<JsonElement> WaitForJob(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var (_, job) = await Get(client, "/api/jobs/" + id);
            if (job.GetProperty("state").GetString() is "done" or "failed")
            {
                return job;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"job {id} did not finish within a minute");
    }

    /// <summary>Posts CSV <paramref name="body"/> with the server's token, expects 202, and waits for the job it started.</summary>
    public static async Task<JsonElement> SubmitAndWait(HttpClient client, string url, string body)
    {
        using var response = await Send(client, HttpMethod.Post, url, body, ServerFixture.Token);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await Read(response)).GetProperty("id").GetString()!;
        return await WaitForJob(client, id);
    }
}
