using Microsoft.AspNetCore.Http;
using Continuum.Web.Api;

namespace Continuum.Web.Security;

/// <summary>
/// Refuses an API request with a query key its endpoint does not take (400 naming the key, with the closest key it
/// does take), so a misspelt parameter is never silently ignored while the defaults answer.
/// </summary>
public sealed class QueryKeyCheck(RequestDelegate next)
{
    /// <summary>Checks the query keys of a routed API request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments("/api") && context.GetEndpoint() is { } endpoint && QueryKeys.For(endpoint) is { } allowed
            && QueryKeys.Check(context.Request.Query, allowed) is { } refusal)
        {
            return ApiResults.WriteError(context, refusal.Status, refusal.Error, refusal.Field);
        }

        return next(context);
    }
}
