using Microsoft.AspNetCore.Http;
using Continuum.Web.Api;

namespace Continuum.Web.Security;

/// <summary>
/// The request-line and header limits, enforced here rather than by Kestrel so that the refusal carries the JSON
/// error body (Kestrel refuses before any middleware runs, with an empty body). Kestrel's own limits are set a little
/// higher (<see cref="KestrelRequestLineBytes"/>, <see cref="KestrelHeaderBytes"/>) and only stop requests far beyond these.
/// </summary>
public static class RequestLimits
{
    /// <summary>Longest path plus query string answered, in characters (414 beyond it).</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>Largest header block answered: names, values and separators (431 beyond it).</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Most header fields answered (431 beyond it).</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>Kestrel's request-line limit: twice ours, so that ours answers first.</summary>
    public const int KestrelRequestLineBytes = 2 * MaxTargetLength;

    /// <summary>Kestrel's header-block limit: twice ours.</summary>
    public const int KestrelHeaderBytes = 2 * MaxHeaderBytes;

    /// <summary>Kestrel's header-count limit: twice ours.</summary>
    public const int KestrelHeaderCount = 2 * MaxHeaderCount;

    /// <summary>The refusal for a request beyond the limits, or null.</summary>
    public static ApiError? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
        if (target > MaxTargetLength)
        {
            return new ApiError(StatusCodes.Status414UriTooLong,
                $"the address is longer than {MaxTargetLength / 1024} KB; send fewer or shorter parameters", "url");
        }

        var count = 0;
        var bytes = 0L;
        foreach (var (name, values) in request.Headers)
        {
            count += values.Count;
            bytes += values.Sum(v => name.Length + (v?.Length ?? 0) + 4);
        }

        return count > MaxHeaderCount || bytes > MaxHeaderBytes
            ? new ApiError(StatusCodes.Status431RequestHeaderFieldsTooLarge,
                $"the request headers are larger than {MaxHeaderBytes / 1024} KB or more than {MaxHeaderCount} fields", "headers")
            : null;
    }
}
