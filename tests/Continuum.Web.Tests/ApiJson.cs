using System.Net;
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
}
