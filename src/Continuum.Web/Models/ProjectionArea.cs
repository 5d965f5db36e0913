namespace Continuum.Web.Models;

/// <summary>An area the projection accepts.</summary>
/// <param name="Code">The label used in answers: ISO3, or the M49 code for regions.</param>
/// <param name="Name">WPP name.</param>
public sealed record ProjectionArea(string Code, string Name);
