using System.Globalization;
using Continuum.Core.Development;
using Continuum.Models.Statistics;
using Continuum.Core.Scenario;
using Continuum.Data.IO;

namespace Continuum.Data.Development;

/// <summary>One compared value: indicator, area and year, the replicate means of A and B and the paired difference.</summary>
public sealed record ComparisonRow(int Year, string Area, string Indicator, double A, double B, double Difference, double Lower, double Upper, string Unit);

/// <summary>The outcome of a comparison: both sides, their replicates and the rows.</summary>
public sealed record ComparisonResult(ScenarioSide A, ScenarioSide B, IReadOnlyList<ReplicateOutcome> OutcomesA,
    IReadOnlyList<ReplicateOutcome> OutcomesB, IReadOnlyList<ComparisonRow> Rows);

/// <summary>
/// Paired comparison of two scenarios: B runs with A's seed, so replicate r of both shares every draw except where
/// their levers differ (common random numbers); replicates run in parallel (one engine thread each); every
/// indicator's difference per area and year gets a paired t band (<see cref="PairedComparison"/>). Both scenarios
/// must simulate the same countries, base year and horizon.
/// </summary>
public static class ScenarioComparison
{
    /// <summary>Loads, validates and runs both scenarios with <paramref name="replicates"/> replicates on <paramref name="threads"/> threads.</summary>
    public static ComparisonResult Run(Scenario a, Scenario b, int replicates, int threads,
        Action<int>? replicateDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        CheckComparable(a, b);
        var trace = PhaseTrace.FromEnvironment("compare");
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        var sides = new ScenarioSide[2];
        RunAll(2, options, k => sides[k] = ScenarioSide.Load(k == 0 ? a with { Replicates = replicates } : b with { Replicates = replicates, Seed = a.Seed }));
        var (sideA, sideB) = (sides[0], sides[1]);
        var plan = PairSharing.Plan(sideA, sideB);
        trace.Mark("load both sides, plan " + plan);
        var outA = new ReplicateOutcome[replicates];
        var outB = new ReplicateOutcome[replicates];
        var engineThreads = replicates == 1 ? threads : 1;
        if (plan == PairPlan.Separate)
        {
            RunAll(replicates * 2, options, k =>
            {
                var side = k % 2 == 0 ? sideA : sideB;
                (k % 2 == 0 ? outA : outB)[k / 2] = DevelopmentRunner.Run(side, k / 2, engineThreads, cancellationToken);
                replicateDone?.Invoke(k);
            });
        }
        else
        {
            RunAll(replicates, options, r =>
            {
                (outA[r], outB[r]) = DevelopmentRunner.RunPair(sideA, sideB, r, engineThreads, plan, cancellationToken);
                replicateDone?.Invoke(2 * r);
                replicateDone?.Invoke((2 * r) + 1);
            });
        }

        trace.Mark("runs");
        var rows = Rows(sideA, outA, outB);
        trace.Mark("rows");
        return new ComparisonResult(sideA, sideB, outA, outB, rows);
    }

    /// <summary>Runs <paramref name="body"/> in parallel; an input error inside a run surfaces as itself, not wrapped.</summary>
    internal static void RunAll(int count, ParallelOptions options, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, options, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0 && ex.InnerExceptions[0] is InputException or OperationCanceledException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
    }

    private static void CheckComparable(Scenario a, Scenario b)
    {
        if (!a.Countries.SequenceEqual(b.Countries, StringComparer.Ordinal) || a.RestOfWorld != b.RestOfWorld)
        {
            throw new InputException($"cannot compare: the countries differ from {a.SourceFile} ({string.Join(", ", a.Countries)})", b.SourceFile, field: "countries");
        }

        if (a.BaseYear != b.BaseYear || a.HorizonYear != b.HorizonYear)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"cannot compare: the years differ from {a.SourceFile} ({a.BaseYear}–{a.HorizonYear})"), b.SourceFile, field: "base_year");
        }
    }

    private static List<ComparisonRow> Rows(ScenarioSide side, ReplicateOutcome[] a, ReplicateOutcome[] b)
    {
        var dims = side.Inputs.Dimensions;
        var rows = new List<ComparisonRow>();
        var va = new double[a.Length];
        var vb = new double[a.Length];
        for (var k = 0; k < IndicatorDefinition.All.Count; k++)
        {
            var indicator = IndicatorDefinition.All[k];
            for (var c = 0; c < dims.CountryCount; c++)
            {
                for (var y = 0; y < dims.Years; y++)
                {
                    for (var r = 0; r < a.Length; r++)
                    {
                        va[r] = a[r].Indicators.Value(k, y, c);
                        vb[r] = b[r].Indicators.Value(k, y, c);
                    }

                    var d = PairedComparison.Compare(va, vb);
                    rows.Add(new ComparisonRow(dims.BaseYear + y, dims.Countries[c], indicator.Code, d.MeanA, d.MeanB, d.Difference, d.Lower, d.Upper, indicator.Unit));
                }
            }
        }

        return rows;
    }
}
