namespace Continuum.Web.Api;

/// <summary>The body of every 4xx/5xx answer of the API: what was wrong, and which field when one is to blame.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Error">One sentence saying what was wrong and, where possible, what to do.</param>
/// <param name="Field">The query parameter, JSON property or header at fault, or null.</param>
public sealed record ApiError(int Status, string Error, string? Field = null);
