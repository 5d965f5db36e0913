namespace Continuum.Web.Models;

/// <summary>
/// A model's answer on the web, the same shape for every model page: headline values, the result table (the
/// columns of the matching CLI command's CSV where there is one) and the charts. Non-finite numbers are null.
/// </summary>
/// <param name="Model">The model's name in URLs, e.g. <c>brain-gain</c>.</param>
/// <param name="Title">What was computed, in words.</param>
/// <param name="Summary">Headline values.</param>
/// <param name="Table">The result table.</param>
/// <param name="Charts">Charts, each drawable as lines of (x, y).</param>
public sealed record ModelResult(string Model, string Title, IReadOnlyList<ModelValue> Summary, ModelTable Table, IReadOnlyList<ModelChart> Charts);
