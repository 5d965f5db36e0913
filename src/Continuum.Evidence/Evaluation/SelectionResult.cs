namespace Continuum.Evidence.Evaluation;

/// <summary>
/// What a selector found: the yearly totals over its areas, the sources and vintages used, and what was
/// missing (an area or a requested year with no observation), which makes the verdict "no data".
/// </summary>
public sealed record SelectionResult(
    IReadOnlyDictionary<int, double> ByYear,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Vintages,
    string Unit,
    string? Missing,
    long Observations);
