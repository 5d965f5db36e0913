using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Continuum.Web.Hosting;

/// <summary>Builds the dashboard server the CLI's <c>continuum serve</c> and the tests start.</summary>
public static class ContinuumWebHost
{
    private static void WarmQuietly(Evidence.EvidenceService evidence, ILogger logger)
    {
        try
        {
            evidence.Warm();
        }
        catch (InputException ex)
        {
            // The ledger's problem is reported to whoever asks for it; at start-up it is only logged.
            logger.LogWarning("The evidence ledger cannot be evaluated: {Problem}", ex.Message);
        }
    }

    /// <summary>
    /// Validates <paramref name="options"/>, opens the store (importing the shipped data on first use, reported to
    /// <paramref name="log"/>) and returns the application, ready for <c>RunAsync</c> or <c>StartAsync</c>.
    /// </summary>
    public static WebApplication Build(ContinuumWebOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ContinuumWebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            // Kestrel answers its own limits with an empty body; ours (RequestLimits, half these) answer with the JSON error first.
            k.Limits.MaxRequestLineSize = Security.RequestLimits.KestrelRequestLineBytes;
            k.Limits.MaxRequestHeadersTotalSize = Security.RequestLimits.KestrelHeaderBytes;
            k.Limits.MaxRequestHeaderCount = Security.RequestLimits.KestrelHeaderCount;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var store = StoreStartup.Open(options, log);
        builder.Services.AddContinuumWeb(options, store);
        var app = builder.Build();
        app.MapContinuumWeb();
        var evidence = app.Services.GetRequiredService<Evidence.EvidenceService>();
        app.Lifetime.ApplicationStarted.Register(() => Task.Run(() => WarmQuietly(evidence, app.Logger)));
        return app;
    }
}
