using Continuum.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(Continuum.Web.Tests.ServerFixture))]

// Tests share one server and store; some import data while others check that the store did not change.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]

namespace Continuum.Web.Tests;

/// <summary>One dashboard server for the whole test run: loopback, a free port, a temporary store with the shipped data.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Token = "test-token-0123456789";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "continuum-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public ContinuumWebOptions Options { get; } = new() { Urls = "http://127.0.0.1:0", Token = Token, MaxConcurrentRuns = 1, MaxRequestBodyBytes = 256 * 1024 };

    public T Service<T>() where T : notnull => _app!.Services.GetRequiredService<T>();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        Options.StorePath = Path.Combine(_dir, "store.duckdb");
        _app = ContinuumWebHost.Build(Options);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_dir, recursive: true);
    }
}
