using Microsoft.AspNetCore.Http;
using Continuum.Web.Api;

namespace Continuum.Web.Security;

/// <summary>
/// Refuses, before anything runs, a request the server should not answer: a <c>Host</c> the <see cref="HostPolicy"/>
/// does not know (DNS rebinding) is 403; a state-changing request (POST, PUT, PATCH, DELETE) whose <c>Origin</c> is
/// not this server or whose <c>Sec-Fetch-Site</c> is not <c>same-origin</c> is 403 (the anti-forgery rule: every page
/// changes state with fetch(), which browsers always mark with both headers; clients without them, such as curl,
/// pass); a request line or header block above <see cref="RequestLimits"/> is 414 or 431 with the JSON error body.
/// </summary>
public sealed class RequestGuard(RequestDelegate next, HostPolicy hosts)
{
    /// <summary>Checks the request and either answers it or passes it on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var refusal = RequestLimits.Check(context.Request) ?? CheckHost(context.Request) ?? CheckOrigin(context.Request);
        return refusal is null ? next(context) : ApiResults.WriteError(context, refusal.Status, refusal.Error, refusal.Field);
    }

    /// <summary>True for the methods that change state.</summary>
    public static bool IsStateChanging(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private ApiError? CheckHost(HttpRequest request) =>
        hosts.Allows(request.Host.Host) ? null
            : new ApiError(StatusCodes.Status403Forbidden,
                $"this server does not answer to the host name '{QueryArgs.Clip(request.Host.Host)}'; start it with --allowed-hosts to add a name", "Host");

    private ApiError? CheckOrigin(HttpRequest request)
    {
        if (!IsStateChanging(request.Method))
        {
            return null;
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return new ApiError(StatusCodes.Status403Forbidden, $"a {site} page may not change anything on this server; use its own pages", "Sec-Fetch-Site");
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return null;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && hosts.Allows(uri.Host)
               && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? null
            : new ApiError(StatusCodes.Status403Forbidden, $"a page from '{QueryArgs.Clip(origin)}' may not change anything on this server; use its own pages", "Origin");
    }
}
