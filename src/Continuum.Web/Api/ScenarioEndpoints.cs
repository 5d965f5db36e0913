using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Continuum.Web.Jobs;
using Continuum.Web.Scenarios;
using Continuum.Web.Security;

namespace Continuum.Web.Api;

/// <summary><c>/api/scenarios</c> (the scenario files) and <c>POST /api/runs</c> (a run with changed levers, in the background queue).</summary>
public static class ScenarioEndpoints
{
    /// <summary>Strict JSON reading: unknown properties are errors, so a misspelt lever is never silently ignored.</summary>
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerOptions.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>Maps the scenario endpoints onto <paramref name="api"/>.</summary>
    public static void MapScenarios(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/scenarios", (ScenarioCatalog catalog) => Results.Json(catalog.List(), JsonSerializerOptions.Web))
            .WithName("GetScenarios").WithSummary("The scenario files of the scenarios folder with their levers.").Produces<List<ScenarioView>>();

        api.MapPost("/runs", StartRun).AddEndpointFilter<RequireTokenFilter>()
            .WithName("StartRun").WithSummary("Runs a scenario with changed levers as a background job and saves it (and the unchanged baseline when compared) in the store; poll /api/jobs/{id} for progress, the result and the run ids.")
            .Accepts<RunRequest>("application/json")
            .Produces<JobInfo>(StatusCodes.Status202Accepted).Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized).Produces<ApiError>(StatusCodes.Status415UnsupportedMediaType)
            .Produces<ApiError>(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> StartRun(HttpContext context, JobQueue queue, ScenarioRunner runner)
    {
        if (!context.Request.HasJsonContentType())
        {
            return ApiResults.Error(StatusCodes.Status415UnsupportedMediaType, "send the run as JSON (Content-Type: application/json)", "Content-Type");
        }

        var request = await JsonSerializer.DeserializeAsync<RunRequest>(context.Request.Body, Strict, context.RequestAborted).ConfigureAwait(false)
                      ?? throw new InputException("the body is empty; send {\"scenario\": \"small\"}", field: "body");
        var plan = runner.Prepare(request);
        var what = plan.Baseline is null ? "run" : "run and baseline";
        var job = queue.TrySubmit("run", $"{what} of scenario '{plan.Scenario.Name}'", (progress, ct) => runner.Run(plan, progress, ct));
        return job is null ? JobEndpoints.Busy(context, queue) : Results.Json(job, JsonSerializerOptions.Web, statusCode: StatusCodes.Status202Accepted);
    }
}
