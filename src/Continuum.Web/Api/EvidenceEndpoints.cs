using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Continuum.Web.Evidence;

namespace Continuum.Web.Api;

/// <summary><c>/api/evidence</c>: the ledger with verdicts, filterable, and a chart per claim.</summary>
public static class EvidenceEndpoints
{
    /// <summary>Maps the evidence endpoints onto <paramref name="api"/>.</summary>
    public static void MapEvidence(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/evidence", (EvidenceService evidence, [FromQuery] string? session, [FromQuery] string? verdict) =>
                ApiResults.JsonBytes(evidence.LedgerJson(QueryArgs.Text(session, "session"), QueryArgs.Text(verdict, "verdict"))))
            .WithName("GetEvidence").WithSummary("The claims ledger with verdicts, claimed and measured values, source and vintage.")
            .WithDescription("Filter with session (exact text) and verdict (supported, partly, not-supported, no-data).")
            .Produces<EvidenceLedgerView>().Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapGet("/evidence/{id}/chart", (EvidenceService evidence, string id) =>
            {
                if (!QueryArgs.IsCode(id))
                {
                    return ApiResults.Error(StatusCodes.Status400BadRequest, "a claim id has only letters, digits, '-', '_' and '.'", "id");
                }

                var body = evidence.ChartJson(id);
                return body is null ? ApiResults.Error(StatusCodes.Status404NotFound, $"no claim has the id '{id}'", "id") : ApiResults.JsonBytes(body);
            })
            .WithName("GetClaimChart").WithSummary("The chart of one claim: yearly series with their source and vintage.")
            .Produces<ClaimChart>().Produces<ApiError>(StatusCodes.Status404NotFound);
    }
}
