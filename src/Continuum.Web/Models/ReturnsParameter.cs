namespace Continuum.Web.Models;

/// <summary>A parameter of the returns model with the shipped example's value, unit and source.</summary>
/// <param name="Name">The parameter file key (= the query parameter).</param>
/// <param name="Value">The shipped example's value.</param>
/// <param name="Unit">Unit as the file states it.</param>
/// <param name="Source">Source or ASSUMPTION note from the file.</param>
public sealed record ReturnsParameter(string Name, double Value, string Unit, string Source);
