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

    /// <summary>An output of one of the analytic models (see <see cref="ModelSpec"/>).</summary>
    Model,
}

/// <summary>A model output used as a measure: the model's name, the output, the year and numeric settings.</summary>
/// <param name="Name">Model name, e.g. <c>host-economy</c>.</param>
/// <param name="Output">Output name, e.g. <c>real_gdp</c>.</param>
/// <param name="Year">Calendar year of the output.</param>
/// <param name="Settings">Numeric settings by name (e.g. <c>extra_admissions</c>); unknown names are errors.</param>
/// <param name="Line">Line in the claims file.</param>
public sealed record ModelSpec(string Name, string Output, int Year, IReadOnlyDictionary<string, double> Settings, long Line);

/// <summary>
/// A computation over the store: an operation on one or two selections, then divided by <paramref name="Scale"/>
/// (e.g. 1e9 for US$ billion) and multiplied by 100 when <paramref name="Percent"/>.
/// </summary>
public sealed record MeasureExpression(
    MeasureOp Op,
    Selector? Of,
    Selector? Denominator,
    int? FromYear,
    int? ToYear,
    double Scale,
    bool Percent,
    ModelSpec? Model = null);

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
