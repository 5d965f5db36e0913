namespace Continuum.Evidence.Claims;

/// <summary>A ledger of claims read from one file, with the file's own metadata.</summary>
/// <param name="File">The claims file.</param>
/// <param name="Title">What the ledger covers (e.g. the seminar's name).</param>
/// <param name="Claims">The claims in file order.</param>
public sealed record ClaimSet(string File, string Title, IReadOnlyList<Claim> Claims);

/// <summary>One quantitative claim and the computations that test it.</summary>
/// <param name="Id">Stable identifier, e.g. <c>remittances-vs-oda-2013</c>.</param>
/// <param name="Speaker">Who made the claim.</param>
/// <param name="Session">Where (session of the seminar).</param>
/// <param name="Text">A short paraphrase of the claim.</param>
/// <param name="Claimed">The claimed value (or lower bound of a range) in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit the claim and its measured values are expressed in.</param>
/// <param name="Test">How measured is compared with claimed.</param>
/// <param name="Measures">Computations over the store; none means the claim has no data set ("no data").</param>
/// <param name="Note">Why the measures were chosen (definitions, caveats).</param>
/// <param name="Chart">What to chart for the claim in reports, or null for a default chart of its measures.</param>
/// <param name="Line">Line of the claim in the file.</param>
public sealed record Claim(
    string Id,
    string Speaker,
    string Session,
    string Text,
    double Claimed,
    string Unit,
    ClaimTest Test,
    IReadOnlyList<Measure> Measures,
    string Note,
    ChartSpec? Chart,
    long Line);

/// <summary>How to compare a measured value with the claim.</summary>
/// <param name="Comparison">about, greater, less, between or ratio.</param>
/// <param name="Claimed">The claimed value (lower bound for between).</param>
/// <param name="ClaimedUpper">Upper bound for between; otherwise equal to <paramref name="Claimed"/>.</param>
/// <param name="Tolerance">Relative tolerance (0.1 = 10 %), or null when <paramref name="AbsoluteTolerance"/> is set.</param>
/// <param name="AbsoluteTolerance">Tolerance in the claim's unit, or null.</param>
public sealed record ClaimTest(Comparison Comparison, double Claimed, double ClaimedUpper, double? Tolerance, double? AbsoluteTolerance);

/// <summary>The comparisons the verdict rule knows.</summary>
public enum Comparison
{
    /// <summary>Measured should be about equal to claimed, within the tolerance.</summary>
    About,

    /// <summary>The claim is a lower bound ("over 200 countries").</summary>
    Greater,

    /// <summary>The claim is an upper bound.</summary>
    Less,

    /// <summary>The claim is a range ("30–60 %").</summary>
    Between,

    /// <summary>Multiplicative closeness: |ln(measured/claimed)| within ln(1 + tolerance).</summary>
    Ratio,
}

/// <summary>One way of measuring the claimed quantity, with optional overrides of the claim's test.</summary>
/// <param name="Label">What this computation is, shown next to the claim.</param>
/// <param name="Expression">The computation.</param>
/// <param name="Test">The test for this measure (the claim's, unless the measure overrides it).</param>
/// <param name="Line">Line of the measure in the file.</param>
public sealed record Measure(string Label, MeasureExpression Expression, ClaimTest Test, long Line);

/// <summary>Series to draw for a claim.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="Series">Selectors, one line each (summed over their areas).</param>
/// <param name="FromYear">First year.</param>
/// <param name="ToYear">Last year.</param>
/// <param name="Scale">Divide values by this for the y axis.</param>
/// <param name="YLabel">Y-axis label.</param>
public sealed record ChartSpec(string Title, IReadOnlyList<Selector> Series, int FromYear, int ToYear, double Scale, string YLabel);
