using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Continuum.Core.Development;

namespace Continuum.Web.Api;

/// <summary>One indicator as <c>GET /api/indicators</c> lists it.</summary>
/// <param name="Code">Code, e.g. <c>real_gdp</c>.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Key">True for the indicators the short tables show.</param>
/// <param name="Description">What the value is, in one sentence.</param>
public sealed record IndicatorView(string Code, string Unit, bool Key, string Description);

/// <summary>
/// <c>/api/indicators</c>: the indicators a simulation run reports, from their definitions (<see cref="IndicatorDefinition.All"/>);
/// not the data series of <c>/api/data/indicators</c>.
/// </summary>
public static class IndicatorEndpoints
{
    /// <summary>Maps the indicator endpoint onto <paramref name="api"/>.</summary>
    public static void MapIndicators(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        IndicatorView[] views = [.. IndicatorDefinition.All.Select(i => new IndicatorView(i.Code, i.Unit, i.Key, i.Description))];
        api.MapGet("/indicators", () => TypedResults.Ok(views))
            .WithName("GetRunIndicators").WithSummary("The indicators of a run, in report order: code, unit, key flag and description.")
            .Produces<IndicatorView[]>();
    }
}
