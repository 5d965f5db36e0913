using System.Text.Json;
using System.Text.Json.Serialization;
using Continuum.Core.Scenario;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Continuum.Web.Api;

/// <summary><c>GET /api/schema/levers</c>: the lever specs (<see cref="LeverSpec"/>) from which the Scenarios form builds its inputs.</summary>
public static class LeverSchemaEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    /// <summary>Maps the lever schema endpoint onto <paramref name="api"/>.</summary>
    public static void MapLeverSchema(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/schema/levers", () => Results.Json(new LeverSchema(EngineLevers.Specs, DevelopmentLevers.Specs), Json))
            .WithName("GetLeverSchema")
            .WithSummary("Every scenario lever: name (as in TOML and in the run request), table, key kind, unit, range, default and help.")
            .Produces<LeverSchema>();
    }
}

/// <summary>The levers a scenario (and a run request) may set.</summary>
/// <param name="Engine">The engine levers (top-level tables, the request's <c>engine</c> object).</param>
/// <param name="Development">The development levers (<c>[development]</c>, the request's <c>development</c> object).</param>
public sealed record LeverSchema(IReadOnlyList<LeverSpec> Engine, IReadOnlyList<LeverSpec> Development);
