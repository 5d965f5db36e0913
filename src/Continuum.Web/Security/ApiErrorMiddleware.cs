using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Continuum.Web.Api;

namespace Continuum.Web.Security;

/// <summary>
/// Turns failures into JSON answers: bad input (<see cref="InputException"/>, malformed JSON) is 400 naming the
/// field, an oversized or malformed request keeps Kestrel's status (413, 400), anything else is a 500 without
/// a stack trace (the trace goes to the server log only).
/// </summary>
public sealed class ApiErrorMiddleware(RequestDelegate next, ILogger<ApiErrorMiddleware> logger)
{
    /// <summary>Runs the rest of the pipeline and answers its failures.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (InputException ex) when (!context.Response.HasStarted)
        {
            await ApiResults.WriteError(context, StatusCodes.Status400BadRequest, ErrorText.Scrub(ex.Problem), ex.Field).ConfigureAwait(false);
        }
        catch (JsonException ex) when (!context.Response.HasStarted)
        {
            var where = string.IsNullOrEmpty(ex.Path) ? string.Empty : $" at {ex.Path}";
            await ApiResults.WriteError(context, StatusCodes.Status400BadRequest, $"the request body is not valid JSON for this endpoint{where}",
                ex.Path).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            // Kestrel's own text describes its parser, not the request; say what the caller can change.
            var message = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "the request body is larger than this server accepts" : "the request is malformed (its body or headers could not be read)";
            await ApiResults.WriteError(context, ex.StatusCode, message).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Unhandled error on {Path}", context.Request.Path);
            await ApiResults.WriteError(context, StatusCodes.Status500InternalServerError, "internal error; see the server log").ConfigureAwait(false);
        }
    }
}
