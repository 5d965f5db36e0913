using Continuum.Data.IO;
using Continuum.Data.Store;
using Continuum.Evidence;
using Continuum.Evidence.Claims;
using Continuum.Evidence.Evaluation;
using Continuum.Evidence.Verdicts;
using Continuum.Web.Storage;

namespace Continuum.Web.Evidence;

/// <summary>
/// The evidence ledger for the web: the shipped claims evaluated by <see cref="EvidenceLedger"/> once per store
/// state, filtered by session and verdict, plus one chart per claim.
/// </summary>
public sealed class EvidenceService(StoreGate gate, ResponseCache cache)
{
    /// <summary>The verdict texts, in order.</summary>
    public static readonly IReadOnlyList<string> VerdictTexts =
        [.. Enum.GetValues<Verdict>().Select(v => v.ToText())];

    private (long Version, Lazy<IReadOnlyList<EvidenceItem>> Items)? _items;
    private readonly Lock _itemsLock = new();
    private readonly Lazy<ClaimSet> _claims = new(() => ClaimFileReader.Read(DataPaths.Shipped("claims", "knomad-ottawa-seminar.toml")));

    /// <summary>The claims ledger.</summary>
    public ClaimSet Claims => _claims.Value;

    /// <summary>The ledger as JSON, filtered; a filter value that matches nothing known is an <see cref="InputException"/>.</summary>
    public byte[] LedgerJson(string? session, string? verdict)
    {
        var sessions = Claims.Claims.Select(c => c.Session).Distinct(StringComparer.Ordinal).ToList();
        if (session is not null && !sessions.Contains(session, StringComparer.Ordinal))
        {
            throw new InputException($"no claim was made in session '{Api.QueryArgs.Clip(session)}'", field: "session");
        }

        var verdictText = verdict?.Replace('-', ' ');
        if (verdictText is not null && !VerdictTexts.Contains(verdictText, StringComparer.Ordinal))
        {
            throw new InputException($"'{Api.QueryArgs.Clip(verdict!)}' is not a verdict (supported, partly, not-supported, no-data)", field: "verdict");
        }

        return cache.GetOrAdd("evidence|" + session + "|" + verdictText, () =>
        {
            var rows = Items().Where(r => (session is null || r.Session == session) && (verdictText is null || r.Verdict == verdictText)).ToList();
            return Api.ApiResults.ToJson(new EvidenceLedgerView(Claims.Title, sessions, VerdictTexts, rows));
        });
    }

    /// <summary>The chart of claim <paramref name="id"/> as JSON, or null when no claim has that id.</summary>
    public byte[]? ChartJson(string id)
    {
        var claim = Claims.Claims.FirstOrDefault(c => c.Id == id);
        return claim is null ? null : cache.GetOrAdd("evidence-chart|" + id, () => Api.ApiResults.ToJson(Chart(claim)));
    }

    /// <summary>Evaluates the ledger now so that the first page load finds it ready.</summary>
    public void Warm() => LedgerJson(null, null);

    private IReadOnlyList<EvidenceItem> Items()
    {
        var version = gate.Version;
        Lazy<IReadOnlyList<EvidenceItem>> items;
        lock (_itemsLock)
        {
            if (_items is not { } cached || cached.Version != version)
            {
                _items = (version, new Lazy<IReadOnlyList<EvidenceItem>>(Evaluate));
            }

            items = _items.Value.Items;
        }

        return items.Value;
    }

    private IReadOnlyList<EvidenceItem> Evaluate()
    {
        var rows = gate.Read(store =>
        {
            var ledger = new EvidenceLedger(store);
            ledger.Validate(Claims);
            return ledger.Evaluate(Claims);
        });
        return rows.Select(r => new EvidenceItem(r.Claim.Id, r.Claim.Text, r.Measure?.Label, r.Claim.Speaker, r.Claim.Session, r.ClaimedText,
            r.Measured, r.Claim.Unit, r.Verdict.ToText(), double.IsNaN(r.Gap) ? null : r.Gap, r.Source, r.Vintage, r.Missing, r.Claim.Note,
            r.Measure is null ? [] : Links(r.Measure.Expression))).ToList();
    }

    private static IReadOnlyList<DataLink> Links(MeasureExpression e) =>
        new[] { e.Of, e.Denominator }.OfType<Selector>()
            .SelectMany(s => s.Indicators.Select(i => new DataLink(i, s.Areas, s.FromYear, s.ToYear, s.Vintage))).ToList();

    private ClaimChart Chart(Claim claim)
    {
        var spec = ClaimCharts.For(claim);
        if (spec is null)
        {
            return new ClaimChart(claim.Id, claim.Text, string.Empty, []);
        }

        var lines = gate.Read(store =>
        {
            var evaluator = new SelectorEvaluator(store);
            return spec.Series.Select(s => Line(evaluator, s, spec)).OfType<ChartLine>().ToList();
        });
        return new ClaimChart(claim.Id, spec.Title.Length > 0 ? spec.Title : claim.Text, spec.YLabel, lines);
    }

    private static ChartLine? Line(SelectorEvaluator evaluator, Selector s, ChartSpec spec)
    {
        var result = evaluator.Evaluate(s with { FromYear = spec.FromYear, ToYear = spec.ToYear, YearList = false });
        var years = result.ByYear.Keys.Order().ToList();
        return years.Count == 0 ? null
            : new ChartLine($"{string.Join('+', s.Indicators)} {string.Join('+', s.Areas)}", string.Join("; ", result.Sources), string.Join("; ", result.Vintages),
                years, years.Select(y => result.ByYear[y] / spec.Scale).ToList());
    }
}
