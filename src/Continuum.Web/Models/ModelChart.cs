namespace Continuum.Web.Models;

/// <summary>A line chart.</summary>
/// <param name="Id">Short id, unique in the answer (used for element ids and download names).</param>
/// <param name="Title">Chart title.</param>
/// <param name="XLabel">Label and unit of the x axis.</param>
/// <param name="YLabel">Label and unit of the y axis.</param>
/// <param name="Lines">The lines.</param>
public sealed record ModelChart(string Id, string Title, string XLabel, string YLabel, IReadOnlyList<ModelLine> Lines);
