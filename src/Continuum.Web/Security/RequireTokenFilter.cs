using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Continuum.Web.Api;
using Continuum.Web.Hosting;

namespace Continuum.Web.Security;

/// <summary>
/// Guards endpoints that change things (runs, imports): when a token was set at start-up the request must carry
/// it as <c>Authorization: Bearer T</c> or <c>X-Continuum-Token: T</c>; otherwise the answer is 401.
/// Without a token (loopback only, see <see cref="ContinuumWebOptions.Validate"/>) the endpoints are open.
/// </summary>
public sealed class RequireTokenFilter(ContinuumWebOptions options) : IEndpointFilter
{
    /// <summary>The header that may carry the token.</summary>
    public const string TokenHeader = "X-Continuum-Token";

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (string.IsNullOrEmpty(options.Token) || Matches(Presented(context.HttpContext.Request), options.Token))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(ApiResults.Error(StatusCodes.Status401Unauthorized,
            $"this server requires its start-up token to start runs or import data (header '{TokenHeader}' or 'Authorization: Bearer')", TokenHeader));
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers[TokenHeader].ToString();
        if (header.Length > 0)
        {
            return header;
        }

        var auth = request.Headers.Authorization.ToString();
        return auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? auth[7..].Trim() : null;
    }

    /// <summary>
    /// Compares SHA-256 hashes of the two tokens' UTF-8 bytes in constant time: equal lengths always, so neither the
    /// comparison nor an early length check tells a caller how long the token is or how much of it matched.
    /// </summary>
    internal static bool Matches(string? presented, string expected) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
