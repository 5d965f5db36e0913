using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Continuum.Web.Data;
using Continuum.Web.Jobs;
using Continuum.Web.Security;

namespace Continuum.Web.Api;

/// <summary><c>/api/jobs</c> (background work) and <c>POST /api/data/import</c>, the first kind of job.</summary>
public static class JobEndpoints
{
    /// <summary>Seconds a refused client is told to wait.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Maps the job endpoints onto <paramref name="api"/>.</summary>
    public static void MapJobs(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/jobs", (JobQueue queue) => Results.Json(queue.List(), System.Text.Json.JsonSerializerOptions.Web))
            .WithName("GetJobs").WithSummary("Background jobs, newest first.").Produces<List<JobInfo>>();

        api.MapGet("/jobs/{id}", (JobQueue queue, string id) =>
            {
                if (id.Length != 12 || !id.All(char.IsAsciiHexDigitLower))
                {
                    return ApiResults.Error(StatusCodes.Status400BadRequest, "a job id is 12 lowercase hex characters", "id");
                }

                var job = queue.Find(id);
                return job is null ? ApiResults.Error(StatusCodes.Status404NotFound, $"no job '{id}' (finished jobs are forgotten when the server restarts)", "id")
                    : Results.Json(job, System.Text.Json.JsonSerializerOptions.Web);
            })
            .WithName("GetJob").WithSummary("One job: state, progress and result.").Produces<JobInfo>().Produces<ApiError>(StatusCodes.Status404NotFound);

        api.MapPost("/data/import", Import).AddEndpointFilter<RequireTokenFilter>()
            .WithName("ImportData").WithSummary("Imports the request body (a file in one of the known formats) into the store as a background job.")
            .WithDescription("Query: format (else detected), vintage, indicator, source (each non-blank when given), replace=true to replace an earlier import of the file. Needs the start-up token when one is set. 202 with the job; 429 when busy.")
            .Accepts<string>("text/csv", "application/octet-stream")
            .Produces<JobInfo>(StatusCodes.Status202Accepted).Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized).Produces<ApiError>(StatusCodes.Status429TooManyRequests);
    }

    /// <summary>A 429 answer with a Retry-After header.</summary>
    public static IResult Busy(HttpContext context, JobQueue queue)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(queue);
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ApiResults.Error(StatusCodes.Status429TooManyRequests,
            $"the server already has {queue.Capacity} jobs queued or running; retry in {RetryAfterSeconds} seconds");
    }

    private static async Task<IResult> Import(HttpContext context, JobQueue queue, DataImportService imports, [FromQuery] string? format,
        [FromQuery] string? vintage, [FromQuery] string? indicator, [FromQuery] string? source, [FromQuery] string? replace)
    {
        DataImportService.RefuseBlankLabels(("vintage", vintage), ("indicator", indicator), ("source", source));
        var replacing = DataEndpoints.Flag(replace, "replace");
        var f = QueryArgs.Text(format, "format");
        if (f is not null && !DataImportService.Formats.Contains(f, StringComparer.Ordinal))
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, $"'{QueryArgs.Clip(f)}' is not a known format ({string.Join(", ", DataImportService.Formats)})", "format");
        }

        var (v, i, s) = (QueryArgs.Text(vintage, "vintage"), QueryArgs.Text(indicator, "indicator"), QueryArgs.Text(source, "source"));
        if (queue.Active >= queue.Capacity)
        {
            return Busy(context, queue);
        }

        var path = await imports.SaveUpload(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        var job = queue.TrySubmit("import", "import of an uploaded " + (f ?? "file"), (progress, _) =>
        {
            progress.Report(0.1, "importing");
            return imports.Import(path, f, v, i, s, replacing);
        });
        if (job is null)
        {
            DataImportService.Discard(path);
            return Busy(context, queue);
        }

        return Results.Json(job, System.Text.Json.JsonSerializerOptions.Web, statusCode: StatusCodes.Status202Accepted);
    }
}
