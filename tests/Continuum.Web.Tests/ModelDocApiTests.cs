using System.Net;

namespace Continuum.Web.Tests;

public sealed class ModelDocApiTests(ServerFixture server)
{
    [Theory]
    [InlineData("host-economy", "# Host economy")]
    [InlineData("projection", "P_x(t+h) = P_{x−1}(t)·S_x")]
    [InlineData("brain-gain", "H(p) = (1 − p) P / (1 − p P)")]
    [InlineData("inequality", "S_k G_k R_k")]
    [InlineData("returns", "Σ_{t≤A} (w̃_D − w̃_O) d_t")]
    public async Task ModelDoc_EachModel_ServesItsMarkdownFromDocsModels(string name, string equation)
    {
        using var response = await server.Client.GetAsync($"/api/models/{name}/doc", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var file = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "docs", "models", name + ".md"), TestContext.Current.CancellationToken);
        Assert.Equal(file, text);
        Assert.Contains(equation, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("..%2F..%2FREADME")]
    [InlineData("projection.md")]
    public async Task ModelDoc_UnknownName_Returns404(string name)
    {
        var (status, body) = await ApiJson.Get(server.Client, $"/api/models/{name}/doc");

        ApiJson.AssertClearError(HttpStatusCode.NotFound, status, body, "name");
    }

    [Theory]
    [InlineData("brain-gain.png")]
    [InlineData("inequality-lorenz-synthetic.png")]
    public async Task ModelDocImages_AreServedNextToTheModelPages(string image)
    {
        using var response = await server.Client.GetAsync("/models/img/" + image, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepoRoot(), "docs", "models", "img", image), TestContext.Current.CancellationToken), bytes);
    }

    [Theory]
    [InlineData("/api/models/projection", "area")]
    [InlineData("/api/models/workforce", "ages")]
    [InlineData("/api/models/brain-gain", "home_preference")]
    [InlineData("/api/models/inequality", "example")]
    [InlineData("/api/models/returns", "years_abroad_if_returning")]
    public async Task OpenApi_ModelEndpoints_DescribeTheirQueryParameters(string path, string parameter)
    {
        var (status, body) = await ApiJson.Get(server.Client, "/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var get = body.GetProperty("paths").GetProperty(path).GetProperty("get");
        Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == parameter);
    }

    [Fact]
    public async Task OpenApi_InequalityUpload_IsDescribedAsAPost()
    {
        var (_, body) = await ApiJson.Get(server.Client, "/openapi/v1.json");

        Assert.True(body.GetProperty("paths").GetProperty("/api/models/inequality").TryGetProperty("post", out _));
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
