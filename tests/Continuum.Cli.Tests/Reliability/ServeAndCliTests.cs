using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Continuum.Cli.Tests.Reliability;

/// <summary>
/// The real server (<c>continuum serve</c> on a free loopback port) and CLI commands on the same store: reading commands
/// work while it runs, a CLI write fails naming the server, and the server still writes when nobody else holds the store.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ServeAndCliTests(ShippedStoreFixture fixture)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ReadingCommands_WhileServeRuns_WorkAndAWriteNamesTheServer()
    {
        var store = fixture.Copy();
        var url = $"http://127.0.0.1:{FreePort()}";
        using var server = CliProcess.Start(null, "serve", "--urls", url, "--store", store);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        await WaitForServer(http, server);

        var list = ContinuumCli.Run("data", "list", "--store", store);
        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains("WDI", list.Out, StringComparison.Ordinal);
        var runs = ContinuumCli.Run("runs", "list", "--store", store);
        Assert.True(runs.ExitCode == 0, runs.Error);
        var evidence = ContinuumCli.Run("evidence", "--format", "csv", "--store", store);
        Assert.True(evidence.ExitCode == 0, evidence.Error);

        var file = BigImportFile.Write(fixture.Folder, indicators: 1, "SERVE");
        var import = ContinuumCli.Run(new Dictionary<string, string> { ["CONTINUUM_STORE_WAIT_SECONDS"] = "1" }, "data", "import", file, "--vintage", "reliability test", "--store", store);
        Assert.Equal(1, import.ExitCode);
        var message = Flat.Text(import.Error);
        Assert.Contains($"is in use by `continuum serve` (PID {server.Process.Id})", message, StringComparison.Ordinal);
        Assert.Contains("reading commands work meanwhile", message, StringComparison.Ordinal);

        using var body = new StringContent("""{"name": "reliability-levers", "scenario": "small"}""", Encoding.UTF8, "application/json");
        var saved = await http.PostAsync(new Uri("/api/scenarios/saved", UriKind.Relative), body, TestContext.Current.CancellationToken);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var status = await http.GetStringAsync(new Uri("/api/data/status", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("\"observations\"", status, StringComparison.Ordinal);
        var again = ContinuumCli.Run("data", "list", "--store", store);
        Assert.True(again.ExitCode == 0, again.Error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForServer(HttpClient http, CliProcess server)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(server.Process.HasExited, "the server stopped: " + server.Error);
            try
            {
                var response = await http.GetAsync(new Uri("/api/data/status", UriKind.Relative), TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.Fail("the server did not answer within " + Limit);
    }
}
