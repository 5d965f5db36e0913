using System.Globalization;
using Continuum.Data.Store;
using Continuum.Evidence.Claims;

namespace Continuum.Evidence.Evaluation;

/// <summary>The number a measure gives, with the provenance of everything it used.</summary>
/// <param name="Value">The measured value in the claim's unit, or null when data are missing.</param>
/// <param name="Sources">Distinct sources used.</param>
/// <param name="Vintages">Distinct vintages used.</param>
/// <param name="Missing">What was missing, when <paramref name="Value"/> is null.</param>
public sealed record MeasuredValue(double? Value, IReadOnlyList<string> Sources, IReadOnlyList<string> Vintages, string? Missing);

/// <summary>Evaluates a <see cref="MeasureExpression"/> over the store.</summary>
public sealed class MeasureEvaluator(ContinuumStore store, IReadOnlyDictionary<string, ModelMeasures.IModelMeasure> models)
{
    private readonly SelectorEvaluator _selectors = new(store);

    /// <summary>The measured value of <paramref name="e"/>.</summary>
    public MeasuredValue Evaluate(MeasureExpression e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Op == MeasureOp.Model)
        {
            var (value, source, vintage) = models[e.Model!.Name].Evaluate(e.Model);
            return new MeasuredValue(value / e.Scale * (e.Percent ? 100 : 1), [source], [vintage], null);
        }

        return e.Op switch
        {
            MeasureOp.Value => Finish(e, Total(_selectors.Evaluate(e.Of!), e.Of!), _selectors.Evaluate(e.Of!)),
            MeasureOp.Ratio => Ratio(e),
            MeasureOp.Count => Count(e),
            _ => Change(e),
        };
    }

    private MeasuredValue Ratio(MeasureExpression e)
    {
        var num = _selectors.Evaluate(e.Of!);
        var den = _selectors.Evaluate(e.Denominator!);
        var value = Total(num, e.Of!) / Total(den, e.Denominator!);
        return Finish(e, value, num, den);
    }

    private MeasuredValue Change(MeasureExpression e)
    {
        var years = new[] { e.FromYear!.Value, e.ToYear!.Value };
        var sel = _selectors.Evaluate(e.Of!, years);
        double? value = null;
        if (sel.ByYear.TryGetValue(years[0], out var a) && sel.ByYear.TryGetValue(years[1], out var b))
        {
            value = e.Op == MeasureOp.Change ? b / a - 1 : b - a;
        }

        return Finish(e, value, sel);
    }

    private MeasuredValue Count(MeasureExpression e)
    {
        var (count, sel) = _selectors.CountCounterparts(e.Of!);
        return Finish(e, count, sel);
    }

    private static double? Total(SelectionResult s, Selector selector)
    {
        if (s.ByYear.Count == 0)
        {
            return null;
        }

        var sum = s.ByYear.Values.Sum();
        return selector.Aggregate == YearAggregate.Mean ? sum / s.ByYear.Count : sum;
    }

    private static MeasuredValue Finish(MeasureExpression e, double? value, params SelectionResult[] parts)
    {
        var missing = parts.Select(p => p.Missing).FirstOrDefault(m => m is not null);
        if (value is { } v && missing is null)
        {
            value = v / e.Scale * (e.Percent ? 100 : 1);
        }
        else
        {
            value = null;
            missing ??= "no observations matched";
        }

        return new MeasuredValue(value,
            parts.SelectMany(p => p.Sources).Distinct(StringComparer.Ordinal).ToList(),
            parts.SelectMany(p => p.Vintages).Distinct(StringComparer.Ordinal).ToList(),
            missing);
    }

    internal static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
