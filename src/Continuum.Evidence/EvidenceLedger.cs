using Continuum.Data.Store;
using Continuum.Evidence.Claims;
using Continuum.Evidence.Evaluation;
using Continuum.Evidence.Verdicts;

namespace Continuum.Evidence;

/// <summary>Evaluates every claim of a <see cref="ClaimSet"/> against the store.</summary>
public sealed class EvidenceLedger(ContinuumStore store)
{
    /// <summary>Checks that each selector names an indicator the store holds; errors name the file and line.</summary>
    public void Validate(ClaimSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var known = store.Query("SELECT DISTINCT indicator FROM observations", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        foreach (var claim in set.Claims)
        {
            foreach (var s in claim.Measures.SelectMany(Selectors).Concat(claim.Chart?.Series ?? []))
            {
                foreach (var indicator in s.Indicators.Where(i => !known.Contains(i)))
                {
                    throw new InputException($"unknown indicator '{indicator}' in claim '{claim.Id}' (the store has no such series)",
                        set.File, s.Line, "indicator");
                }
            }
        }
    }

    /// <summary>One row per measure of each claim (one "no data" row for a claim without measures).</summary>
    public IReadOnlyList<EvidenceRow> Evaluate(ClaimSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var evaluator = new MeasureEvaluator(store);
        var rows = new List<EvidenceRow>();
        foreach (var claim in set.Claims)
        {
            if (claim.Measures.Count == 0)
            {
                rows.Add(new EvidenceRow(claim, null, null, Verdict.NoData, double.NaN, string.Empty, string.Empty, "no data set measures this claim"));
                continue;
            }

            foreach (var measure in claim.Measures)
            {
                var value = evaluator.Evaluate(measure.Expression);
                var (verdict, gap) = VerdictRule.Judge(measure.Test, value.Value);
                rows.Add(new EvidenceRow(claim, measure, value.Value, verdict, gap,
                    string.Join("; ", value.Sources), string.Join("; ", value.Vintages), value.Missing));
            }
        }

        return rows;
    }

    private static IEnumerable<Selector> Selectors(Measure m) =>
        m.Expression.Denominator is null ? [m.Expression.Of] : [m.Expression.Of, m.Expression.Denominator];
}
