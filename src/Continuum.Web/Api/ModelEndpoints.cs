using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Continuum.Web.Models;

namespace Continuum.Web.Api;

/// <summary><c>/api/models</c>: the analytic models with their settings.</summary>
public static class ModelEndpoints
{
    /// <summary>Maps the model endpoints onto <paramref name="api"/>.</summary>
    public static void MapModels(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/models/host-economy", (HostEconomyService model, [FromQuery(Name = "extra_admissions")] string? extraAdmissions,
                [FromQuery] string? from, [FromQuery] string? years, [FromQuery(Name = "relative_productivity")] string? relativeProductivity,
                [FromQuery(Name = "demand_multiplier")] string? demandMultiplier) =>
                ApiResults.JsonBytes(model.RunJson(extraAdmissions, from, years, relativeProductivity, demandMultiplier)))
            .WithName("RunHostEconomy")
            .WithSummary("The host-economy model for Canada: base against base plus extra admissions, every indicator by year (docs/models/host-economy.md).")
            .WithDescription("extra_admissions 0-5,000,000 a year (default 100000); from 2006-2014 (2012); years 1-50 (10); relative_productivity 0-1.5; demand_multiplier 0-3.")
            .Produces<HostEconomyView>().Produces<ApiError>(StatusCodes.Status400BadRequest);
    }
}
