using System.Globalization;
using Continuum.Core.Development;
using Continuum.Models.Statistics;
using Continuum.Data.Development;

namespace Continuum.Data.Simulation;

/// <summary>
/// Compares the development indicators of any two stored runs of the same areas and years, B − A per indicator,
/// area and year. When both runs have the same seed and replicate count, replicate r of A and of B drew the same
/// random numbers except where their scenarios differ (common random numbers, as <c>continuum compare</c> runs them),
/// so the band is the paired t interval (<see cref="PairedComparison"/>); otherwise the replicates are independent
/// and the band is Welch's unpaired t interval (<see cref="WelchComparison"/>). A run compared with itself gives
/// exactly zero differences and zero-width bands.
/// </summary>
public static class RunComparison
{
    /// <summary>Compares runs <paramref name="runA"/> and <paramref name="runB"/> of <paramref name="runs"/>.</summary>
    /// <exception cref="InputException">An unknown run, runs of different areas or years, or a run without stored indicators.</exception>
    public static RunComparisonResult Compare(RunStore runs, string runA, string runB, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var a = runs.Get(runA);
        var b = runs.Get(runB);
        CheckComparable(a, b);
        var ia = runs.Indicators(a.RunId) ?? throw NoIndicators(a);
        var ib = runs.Indicators(b.RunId) ?? throw NoIndicators(b);
        var method = a.Seed == b.Seed && ia.Replicates == ib.Replicates ? RunComparisonMethod.PairedT : RunComparisonMethod.WelchT;
        return new RunComparisonResult(a, b, method, confidence, ia.Countries, ia.BaseYear, ia.HorizonYear, Rows(ia, ib, method, confidence));
    }

    private static void CheckComparable(RunStore.RunInfo a, RunStore.RunInfo b)
    {
        if (!string.Equals(a.Countries, b.Countries, StringComparison.Ordinal))
        {
            throw new InputException($"cannot compare runs {a.RunId} and {b.RunId}: their areas differ ({a.Countries} vs {b.Countries})", field: "RUN_B");
        }

        if (a.BaseYear != b.BaseYear || a.Horizon != b.Horizon)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"cannot compare runs {a.RunId} and {b.RunId}: their years differ ({a.BaseYear}–{a.Horizon} vs {b.BaseYear}–{b.Horizon})"), field: "RUN_B");
        }
    }

    private static InputException NoIndicators(RunStore.RunInfo run) => new(
        $"run {run.RunId} ({run.Scenario}, {run.CreatedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC) has no stored development " +
        "indicators: it was saved before they were stored; run its scenario again (continuum run FILE) and compare the new run");

    private static List<ComparisonRow> Rows(StoredIndicators a, StoredIndicators b, RunComparisonMethod method, double confidence)
    {
        var rows = new List<ComparisonRow>();
        var va = new double[a.Replicates];
        var vb = new double[b.Replicates];
        foreach (var code in a.Codes.Where(b.Codes.Contains))
        {
            for (var c = 0; c < a.Countries.Count; c++)
            {
                for (var y = 0; y < a.Years; y++)
                {
                    a.Fill(code, y, c, va);
                    b.Fill(code, y, c, vb);
                    rows.Add(Row(a.BaseYear + y, a.Countries[c], code, a.Unit(code), va, vb, method, confidence));
                }
            }
        }

        return rows;
    }

    private static ComparisonRow Row(int year, string area, string code, string unit, double[] a, double[] b, RunComparisonMethod method, double confidence)
    {
        if (method == RunComparisonMethod.PairedT)
        {
            var p = PairedComparison.Compare(a, b, confidence);
            return new ComparisonRow(year, area, code, p.MeanA, p.MeanB, p.Difference, p.Lower, p.Upper, unit);
        }

        var w = WelchComparison.Compare(a, b, confidence);
        return new ComparisonRow(year, area, code, w.MeanA, w.MeanB, w.Difference, w.Lower, w.Upper, unit);
    }
}
