using System.Text.Json;
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
    /// <summary>Maps the scenario endpoints onto <paramref name="api"/>.</summary>
    public static void MapScenarios(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/scenarios", (ScenarioCatalog catalog) => Results.Json(catalog.List(), JsonSerializerOptions.Web))
            .WithName("GetScenarios").WithSummary("The scenario files of the scenarios folder and the saved scenarios, with their levers keyed by lever name (GET /api/schema/levers).").Produces<List<ScenarioView>>();

        api.MapPost("/runs", StartRun).AddEndpointFilter<RequireTokenFilter>()
            .WithName("StartRun").WithSummary("Runs a scenario with changed levers as a background job and saves it (and the unchanged baseline when compared) in the store; poll /api/jobs/{id} for progress, the result and the run ids.")
            .Accepts<RunRequest>("application/json")
            .Produces<JobInfo>(StatusCodes.Status202Accepted).Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized).Produces<ApiError>(StatusCodes.Status415UnsupportedMediaType)
            .Produces<ApiError>(StatusCodes.Status429TooManyRequests);

        api.MapPost("/scenarios/saved", SaveScenario).AddEndpointFilter<RequireTokenFilter>()
            .WithName("SaveScenario").WithSummary("Saves lever settings under a name in the store (validated as a run is); listed by GET /api/scenarios with saved: true and runnable by name.")
            .Accepts<SaveScenarioRequest>("application/json")
            .Produces<ScenarioView>(StatusCodes.Status201Created).Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized).Produces<ApiError>(StatusCodes.Status409Conflict)
            .Produces<ApiError>(StatusCodes.Status415UnsupportedMediaType);

        api.MapDelete("/scenarios/saved/{name}", DeleteScenario).AddEndpointFilter<RequireTokenFilter>()
            .WithName("DeleteSavedScenario").WithSummary("Deletes a saved scenario (shipped scenario files cannot be deleted).")
            .Produces(StatusCodes.Status204NoContent).Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized).Produces<ApiError>(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SaveScenario(HttpContext context, ScenarioRunner runner, ScenarioCatalog catalog, SavedScenarios saved, TimeProvider clock)
    {
        if (!context.Request.HasJsonContentType())
        {
            return ApiResults.Error(StatusCodes.Status415UnsupportedMediaType, "send the scenario as JSON (Content-Type: application/json)", "Content-Type");
        }

        var request = await StrictJson.ReadAsync<SaveScenarioRequest>(context.Request, """{"name": "my-levers", "scenario": "small"}""").ConfigureAwait(false);
        if (!SavedScenarios.IsName(request.Name))
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "a saved scenario's name is 1 to 40 of a–z, 0–9 and '-'", "name");
        }

        var name = request.Name!;
        if (catalog.IsShipped(name) || saved.Find(name) is not null)
        {
            return ApiResults.Error(StatusCodes.Status409Conflict, $"a scenario named '{name}' already exists; pick another name", "name");
        }

        var plan = runner.Prepare(request.ToRun(), name);
        var baseName = saved.Find(plan.Base)?.Base ?? plan.Base;
        if (!saved.Add(new SavedScenario(name, baseName, plan.Scenario with { SourceFile = string.Empty }, clock.GetUtcNow().UtcDateTime)))
        {
            return ApiResults.Error(StatusCodes.Status409Conflict, $"a scenario named '{name}' already exists; pick another name", "name");
        }

        var view = catalog.List().First(v => v.Saved && v.Name == name);
        return Results.Json(view, JsonSerializerOptions.Web, statusCode: StatusCodes.Status201Created);
    }

    private static IResult DeleteScenario(string name, SavedScenarios saved)
    {
        if (!SavedScenarios.IsName(name))
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "a saved scenario's name is 1 to 40 of a–z, 0–9 and '-'", "name");
        }

        return saved.Delete(name) ? Results.NoContent()
            : ApiResults.Error(StatusCodes.Status404NotFound, $"no saved scenario '{name}' (see /api/scenarios)", "name");
    }

    private static async Task<IResult> StartRun(HttpContext context, JobQueue queue, ScenarioRunner runner)
    {
        if (!context.Request.HasJsonContentType())
        {
            return ApiResults.Error(StatusCodes.Status415UnsupportedMediaType, "send the run as JSON (Content-Type: application/json)", "Content-Type");
        }

        var request = await StrictJson.ReadAsync<RunRequest>(context.Request, """{"scenario": "small"}""").ConfigureAwait(false);
        var plan = runner.Prepare(request);
        var what = plan.Baseline is null ? "run" : "run and baseline";
        var job = queue.TrySubmit("run", $"{what} of scenario '{plan.Scenario.Name}'", (progress, ct) => runner.Run(plan, progress, ct));
        return job is null ? JobEndpoints.Busy(context, queue) : Results.Json(job, JsonSerializerOptions.Web, statusCode: StatusCodes.Status202Accepted);
    }
}
