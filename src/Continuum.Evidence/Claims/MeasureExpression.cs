namespace Continuum.Evidence.Claims;

/// <summary>The operations a measure can apply to selected observations.</summary>
public enum MeasureOp
{
    /// <summary>The selection's total (or mean over years).</summary>
    Value,

    /// <summary>Numerator total over denominator total.</summary>
    Ratio,

    /// <summary>Relative change from year <c>from</c> to year <c>to</c>: v(to)/v(from) − 1.</summary>
    Change,

    /// <summary>Absolute change from year <c>from</c> to year <c>to</c>: v(to) − v(from).</summary>
    Difference,

    /// <summary>How many distinct counterparts (partner areas) have a positive value.</summary>
    Count,
}

/// <summary>
/// A computation over the store: an operation on one or two selections, then divided by <paramref name="Scale"/>
/// (e.g. 1e9 for US$ billion) and multiplied by 100 when <paramref name="Percent"/>.
/// </summary>
public sealed record MeasureExpression(
    MeasureOp Op,
    Selector Of,
    Selector? Denominator,
    int? FromYear,
    int? ToYear,
    double Scale,
    bool Percent);

/// <summary>How a selection's values over several years become one number.</summary>
public enum YearAggregate
{
    /// <summary>Add the years.</summary>
    Sum,

    /// <summary>Average the yearly totals.</summary>
    Mean,
}

/// <summary>
/// Which observations to take: one or more indicators (summed, e.g. FDI plus debt flows), a vintage (or the
/// newest holding the first indicator), areas (summed), years, and the other dimensions. Age bounds select age
/// groups lying wholly inside [AgeFrom, AgeTo].
/// </summary>
public sealed record Selector(
    IReadOnlyList<string> Indicators,
    IReadOnlyList<string> Areas,
    int FromYear,
    int ToYear,
    bool YearList,
    YearAggregate Aggregate,
    string? Vintage,
    IReadOnlyList<string> Sexes,
    int? AgeFrom,
    int? AgeTo,
    IReadOnlyList<string>? Counterparts,
    bool AnyCounterpart,
    string? Variant,
    long Line)
{
    /// <summary>The first (or only) indicator, which also picks the default vintage.</summary>
    public string Indicator => Indicators[0];
}
