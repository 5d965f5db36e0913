using Microsoft.AspNetCore.Http;

namespace Continuum.Web.Security;

/// <summary>
/// The headers every answer carries, error answers included (set when the response starts, so a cleared error response
/// keeps them): a Content-Security-Policy that allows this server's own scripts, styles, images and API only (no inline
/// script, no inline style attribute, no other origin, never inside a frame), nosniff, DENY framing and no referrer.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The Content-Security-Policy sent with every answer.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers and runs the rest of the pipeline.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            var h = ((HttpResponse)state).Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h["Cross-Origin-Resource-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
