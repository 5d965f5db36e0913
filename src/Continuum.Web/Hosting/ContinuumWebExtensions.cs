using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Continuum.Data.Store;
using Continuum.Web.Api;
using Continuum.Web.Data;
using Continuum.Web.Evidence;
using Continuum.Web.Jobs;
using Continuum.Web.Models;
using Continuum.Web.Scenarios;
using Continuum.Web.Security;
using Continuum.Web.Storage;

namespace Continuum.Web.Hosting;

/// <summary>Registers and maps the dashboard: services, JSON API under <c>/api</c>, OpenAPI and the embedded pages.</summary>
public static class ContinuumWebExtensions
{
    /// <summary>Adds the dashboard's services over an open <paramref name="store"/> (the container disposes it).</summary>
    public static IServiceCollection AddContinuumWeb(this IServiceCollection services, ContinuumWebOptions options, ContinuumStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new StoreGate(store));
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<DataCatalog>();
        services.AddSingleton<DataService>();
        services.AddSingleton<DataImportService>();
        services.AddSingleton<EvidenceService>();
        services.AddSingleton<JobQueue>();
        services.AddSingleton<SavedScenarios>();
        services.AddSingleton<ScenarioCatalog>();
        services.AddSingleton<ScenarioRunner>();
        services.AddSingleton<StoredRuns>();
        services.AddContinuumModels();
        services.AddSingleton<RequireTokenFilter>();
        services.AddSingleton(new HostPolicy(options));
        services.AddHostedService<JobWorkers>();
        services.AddOpenApi();
        return services;
    }

    /// <summary>Maps middleware, the API, <c>/openapi/v1.json</c> and the pages.</summary>
    public static WebApplication MapContinuumWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ApiErrorMiddleware>();
        app.UseMiddleware<RequestGuard>();
        app.UseStatusCodePages(StatusBody);
        app.UseMiddleware<QueryKeyCheck>();
        var files = new EmbeddedFileProvider(typeof(ContinuumWebExtensions).Assembly, "Continuum.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=300",
        });
        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapEvidence();
        api.MapData();
        api.MapJobs();
        api.MapScenarios();
        api.MapRuns();
        api.MapLeverSchema();
        api.MapModels();
        api.MapIndicators();
        api.MapSchema();
        // GET only, so that another method on a known path is answered 405 by routing (with a JSON body, see ApiStatusBody).
        api.MapFallback(() => ApiResults.Error(StatusCodes.Status404NotFound, "no such API endpoint; see /openapi/v1.json"))
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
        return app;
    }

    /// <summary>The version of the dashboard (assembly informational version).</summary>
    public static string Version =>
        typeof(ContinuumWebExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>Every answer without a body (a page or file that does not exist, a method not allowed) gets the JSON error body.</summary>
    private static Task StatusBody(StatusCodeContext context)
    {
        var http = context.HttpContext;
        return ApiResults.WriteError(http, http.Response.StatusCode, http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"nothing is served at '{QueryArgs.Clip(http.Request.Path.Value ?? "/")}'; the pages start at /",
            StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not allowed on {QueryArgs.Clip(http.Request.Path.Value ?? "/")}",
            StatusCodes.Status415UnsupportedMediaType => "unsupported content type",
            _ => "the request was refused",
        });
    }
}
