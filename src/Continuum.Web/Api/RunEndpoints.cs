using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Continuum.Web.Scenarios;
using Continuum.Web.Storage;

namespace Continuum.Web.Api;

/// <summary>
/// Stored simulation runs, from the CLI and the web: <c>GET /api/runs</c>, <c>GET /api/runs/{id}</c> and
/// <c>GET /api/runs/compare?a=&amp;b=</c> (also as CSV). Reading is open; runs are written only by run jobs.
/// </summary>
public static class RunEndpoints
{
    /// <summary>Maps the run endpoints onto <paramref name="api"/>.</summary>
    public static void MapRuns(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/runs", (StoredRuns runs) => Results.Json(runs.List(), JsonSerializerOptions.Web))
            .WithName("GetRuns").WithSummary("Stored simulation runs (CLI and web), newest first.").Produces<List<StoredRunView>>();

        // A stored run never changes, so a comparison is cached (per store state, like every cached answer).
        api.MapGet("/runs/compare", (StoredRuns runs, ResponseCache cache, [FromQuery] string? a, [FromQuery] string? b) =>
                Checked(runs, a, b) ?? ApiResults.JsonBytes(cache.GetOrAdd($"runs-compare|{a}|{b}", () => ApiResults.ToJson(StoredRuns.View(runs.Compare(a!, b!))))))
            .WithName("CompareRuns")
            .WithSummary("Compares two stored runs of the same areas and years: each development indicator's B − A per area and year with a 95 % band.")
            .WithDescription("Paired t band when both runs have the same seed and replicate count (common random numbers), Welch's t band otherwise.")
            .Produces<RunComparisonView>().Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status404NotFound);

        api.MapGet("/runs/compare.csv", (StoredRuns runs, [FromQuery] string? a, [FromQuery] string? b) =>
                Checked(runs, a, b) ?? Results.Text(StoredRuns.Csv(runs.Compare(a!, b!)), "text/csv; charset=utf-8"))
            .WithName("CompareRunsCsv").WithSummary("The comparison as CSV: year,area,indicator,a,b,difference,lower,upper,unit.")
            .Produces<string>(contentType: "text/csv").Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status404NotFound);

        api.MapGet("/runs/{id}", (StoredRuns runs, string id) =>
            {
                if (!StoredRuns.IsRunId(id))
                {
                    return ApiResults.Error(StatusCodes.Status400BadRequest, "a run id is 12 lowercase hex characters", "id");
                }

                var run = runs.Find(id);
                return run is null ? NotFound(id, "id") : Results.Json(run, JsonSerializerOptions.Web);
            })
            .WithName("GetRun").WithSummary("One stored run: metadata and its development indicators by area and year (mean, lowest and highest replicate).")
            .Produces<StoredRunDetail>().Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status404NotFound);
    }

    /// <summary>A 400 for a missing or malformed id, a 404 for an unknown one, else null.</summary>
    private static IResult? Checked(StoredRuns runs, string? a, string? b)
    {
        foreach (var (id, field) in new[] { (a, "a"), (b, "b") })
        {
            if (string.IsNullOrEmpty(id))
            {
                return ApiResults.Error(StatusCodes.Status400BadRequest, "is required: the id of a stored run (see /api/runs)", field);
            }

            if (!StoredRuns.IsRunId(id))
            {
                return ApiResults.Error(StatusCodes.Status400BadRequest, $"'{QueryArgs.Clip(id)}' is not a run id (12 lowercase hex characters)", field);
            }
        }

        var missing = runs.Missing(a!, b!);
        return missing is null ? null : NotFound(missing, missing == a ? "a" : "b");
    }

    private static IResult NotFound(string id, string field) =>
        ApiResults.Error(StatusCodes.Status404NotFound, $"no stored run '{id}' (see /api/runs)", field);
}
