namespace Continuum.Web.Jobs;

/// <summary>A snapshot of a background job as the API shows it.</summary>
/// <param name="Id">12 lowercase hex characters; put in page URLs so a reload finds the job again.</param>
/// <param name="Kind">What the job does: <c>import</c>, <c>run</c>, ...</param>
/// <param name="Description">One line for people.</param>
/// <param name="State"><c>queued</c>, <c>running</c>, <c>done</c> or <c>failed</c>.</param>
/// <param name="Progress">Fraction done, 0 to 1.</param>
/// <param name="Message">The latest progress message.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="Result">What it produced (kind-specific JSON), or null.</param>
/// <param name="CreatedUtc">When it was submitted.</param>
/// <param name="FinishedUtc">When it ended, or null.</param>
public sealed record JobInfo(
    string Id,
    string Kind,
    string Description,
    string State,
    double Progress,
    string Message,
    string? Error,
    object? Result,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? FinishedUtc);
