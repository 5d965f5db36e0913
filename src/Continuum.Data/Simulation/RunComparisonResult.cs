using System.Globalization;
using Continuum.Data.Development;

namespace Continuum.Data.Simulation;

/// <summary>Two stored runs compared: their metadata, the method of the band and one row per indicator, area and year (B − A).</summary>
/// <param name="A">Run A (the reference).</param>
/// <param name="B">Run B.</param>
/// <param name="Method">Paired t (common random numbers) or Welch t (independent replicates).</param>
/// <param name="Confidence">Confidence level of the band, e.g. 0.95.</param>
/// <param name="Countries">Compared areas, in the runs' order.</param>
/// <param name="BaseYear">First year.</param>
/// <param name="HorizonYear">Last year.</param>
/// <param name="Rows">Indicator by indicator (report order), area by area, year by year; the same columns as <c>continuum compare</c>.</param>
public sealed record RunComparisonResult(RunStore.RunInfo A, RunStore.RunInfo B, RunComparisonMethod Method, double Confidence,
    IReadOnlyList<string> Countries, int BaseYear, int HorizonYear, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>The method in words, for titles and reports, e.g. "paired t band, 95 % (seed 42, 3 replicate pairs with common random numbers)".</summary>
    public string MethodDescription => Method == RunComparisonMethod.PairedT
        ? string.Create(CultureInfo.InvariantCulture,
            $"paired t band, {100 * Confidence:0.#} % (same seed {A.Seed}: {A.Replicates} replicate pair(s) with common random numbers)")
        : string.Create(CultureInfo.InvariantCulture,
            $"Welch t band, {100 * Confidence:0.#} % (independent replicates: seed {A.Seed} × {A.Replicates} vs seed {B.Seed} × {B.Replicates})");

    /// <summary>A one-line title naming both runs and the method.</summary>
    public string Title => $"{B.Scenario} (run {B.RunId}) − {A.Scenario} (run {A.RunId}); {MethodDescription}";
}
