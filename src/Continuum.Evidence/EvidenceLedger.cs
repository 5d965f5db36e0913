using Continuum.Data.Store;
using Continuum.Evidence.Claims;
using Continuum.Evidence.Evaluation;
using Continuum.Evidence.ModelMeasures;
using Continuum.Evidence.Verdicts;

namespace Continuum.Evidence;

/// <summary>Evaluates every claim of a <see cref="ClaimSet"/> against the store.</summary>
public sealed class EvidenceLedger(ContinuumStore store, IEnumerable<IModelMeasure>? models = null)
{
    private readonly Dictionary<string, IModelMeasure> _models =
        (models ?? [new HostEconomyMeasure()]).ToDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>Checks that each selector names an indicator the store holds; errors name the file and line.</summary>
    public void Validate(ClaimSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var known = store.Query("SELECT DISTINCT indicator FROM observations", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        foreach (var claim in set.Claims)
        {
            foreach (var spec in claim.Measures.Select(m => m.Expression.Model).OfType<ModelSpec>())
            {
                ValidateModel(set.File, spec);
            }

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
        var evaluator = new MeasureEvaluator(store, _models);
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

    private void ValidateModel(string file, ModelSpec spec)
    {
        if (!_models.TryGetValue(spec.Name, out var model))
        {
            throw new InputException($"unknown model '{spec.Name}' (models: {string.Join(", ", _models.Keys)})", file, spec.Line, "model");
        }

        if (!model.OutputNames.Contains(spec.Output))
        {
            throw new InputException($"model '{spec.Name}' has no output '{spec.Output}' (outputs: {string.Join(", ", model.OutputNames)})", file, spec.Line, "output");
        }

        foreach (var name in spec.Settings.Keys.Where(k => !model.SettingNames.Contains(k)))
        {
            throw new InputException($"model '{spec.Name}' has no setting '{name}' (settings: {string.Join(", ", model.SettingNames)})", file, spec.Line, "settings");
        }
    }

    private static IEnumerable<Selector> Selectors(Measure m) =>
        new[] { m.Expression.Of, m.Expression.Denominator }.OfType<Selector>();
}
