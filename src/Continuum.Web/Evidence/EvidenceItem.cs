namespace Continuum.Web.Evidence;

/// <summary>One ledger row as the API returns it (one per measure of a claim).</summary>
/// <param name="Id">Claim id.</param>
/// <param name="Claim">The claim's paraphrase.</param>
/// <param name="Measure">Label of the measure, or null for a claim without data.</param>
/// <param name="Speaker">Who made the claim.</param>
/// <param name="Session">Where it was made.</param>
/// <param name="Claimed">Claimed value as text ("232", "30-60").</param>
/// <param name="Measured">Measured value in <paramref name="Unit"/>, or null.</param>
/// <param name="Unit">Unit of claimed and measured.</param>
/// <param name="Verdict">supported, partly, not supported or no data.</param>
/// <param name="Gap">Measured minus claimed (see docs/evidence.md), or null.</param>
/// <param name="Source">Sources used.</param>
/// <param name="Vintage">Vintages used.</param>
/// <param name="Missing">What was missing, for "no data".</param>
/// <param name="Note">Why these measures.</param>
/// <param name="Data">The series behind the row, for links to the data explorer.</param>
public sealed record EvidenceItem(
    string Id,
    string Claim,
    string? Measure,
    string Speaker,
    string Session,
    string Claimed,
    double? Measured,
    string Unit,
    string Verdict,
    double? Gap,
    string Source,
    string Vintage,
    string? Missing,
    string Note,
    IReadOnlyList<DataLink> Data);

/// <summary>A series behind an evidence row: open it in the data explorer.</summary>
/// <param name="Indicator">Series code.</param>
/// <param name="Areas">Area codes (<c>*</c> is every country).</param>
/// <param name="FromYear">First year.</param>
/// <param name="ToYear">Last year.</param>
/// <param name="Vintage">Pinned vintage, or null for the newest.</param>
public sealed record DataLink(string Indicator, IReadOnlyList<string> Areas, int FromYear, int ToYear, string? Vintage);

/// <summary>The ledger answer: title, the filters' choices and the rows.</summary>
/// <param name="Title">Ledger title.</param>
/// <param name="Sessions">Every session in the ledger.</param>
/// <param name="Verdicts">Every verdict text.</param>
/// <param name="Rows">Rows passing the filter.</param>
public sealed record EvidenceLedgerView(string Title, IReadOnlyList<string> Sessions, IReadOnlyList<string> Verdicts, IReadOnlyList<EvidenceItem> Rows);

/// <summary>A chart of a claim: lines of yearly values, already divided by the chart's scale.</summary>
/// <param name="Id">Claim id.</param>
/// <param name="Title">Chart title.</param>
/// <param name="YLabel">Y-axis label.</param>
/// <param name="Lines">One line per series.</param>
public sealed record ClaimChart(string Id, string Title, string YLabel, IReadOnlyList<ChartLine> Lines);

/// <summary>One line of a chart.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="Source">Source(s) of the values.</param>
/// <param name="Vintage">Vintage(s) of the values.</param>
/// <param name="Years">Calendar years, ascending.</param>
/// <param name="Values">Values, one per year.</param>
public sealed record ChartLine(string Name, string Source, string Vintage, IReadOnlyList<int> Years, IReadOnlyList<double> Values);
