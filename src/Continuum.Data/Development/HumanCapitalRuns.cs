using Continuum.Core.Development;
using Continuum.Core.Scenario;

namespace Continuum.Data.Development;

/// <summary>One year of an origin's human-capital decomposition (replicate means).</summary>
/// <param name="Year">Calendar year (census).</param>
/// <param name="Decomposition">The parts for residents aged 25+.</param>
public sealed record HumanCapitalYear(int Year, HumanCapitalDecomposition Decomposition);

/// <summary>
/// Decomposes an origin's resident human capital (tertiary share and mean years of schooling, ages 25+) into drain,
/// incentive and return parts from four runs of a scenario with common random numbers: closed (no international
/// moves from the base year on, no education response), drain only (migration on; no education response; no return of natives of the
/// origin and no return premium), plus the education response, and everything (docs/development.md).
/// </summary>
public static class HumanCapitalRuns
{
    /// <summary>Runs the four variants of <paramref name="scenario"/> and decomposes for <paramref name="origin"/>, year by year.</summary>
    public static IReadOnlyList<HumanCapitalYear> Decompose(Scenario scenario, string origin, int replicates, int threads,
        string? dataDirectory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var empty = LeverMap<Iso3, double>.Empty;
        var levers = scenario.Development;
        var noReturn = scenario with { Development = levers with { ReturnPremium = empty, ReturnIncentive = empty, EducationElasticity = empty } };
        var closed = ScenarioSide.Load(noReturn with { Migration = false }, dataDirectory);
        var drain = WithoutReturns(ScenarioSide.Load(noReturn, dataDirectory), origin);
        var incentive = WithoutReturns(ScenarioSide.Load(noReturn with { Development = noReturn.Development with { EducationElasticity = levers.EducationElasticity } }, dataDirectory), origin);
        var all = ScenarioSide.Load(scenario, dataDirectory);
        var o = all.Inputs.Dimensions.IndexOf(origin);
        if (o < 0)
        {
            throw new InputException($"'{origin}' is not a country of the scenario", scenario.SourceFile, field: "origin");
        }

        var h = new[] { closed, drain, incentive, all }.Select(side => Mean(side, o, replicates, threads, cancellationToken)).ToArray();
        return Enumerable.Range(0, h[0].Length)
            .Select(y => new HumanCapitalYear(scenario.BaseYear + y, HumanCapitalDecomposition.From(h[0][y], h[1][y], h[2][y], h[3][y])))
            .ToList();
    }

    private static ScenarioSide WithoutReturns(ScenarioSide side, string origin)
    {
        side.Inputs.Levers.ReturnHazardMultiplier[side.Inputs.Dimensions.IndexOf(origin)] = 0;
        return side;
    }

    private static HumanCapital[] Mean(ScenarioSide side, int origin, int replicates, int threads, CancellationToken cancellationToken)
    {
        var years = side.Inputs.Dimensions.Years;
        var sums = new (double Tertiary, double Years)[years];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        var outcomes = new ReplicateOutcome[replicates];
        ScenarioComparison.RunAll(replicates, options, r => outcomes[r] = DevelopmentRunner.Run(side, r, 1, cancellationToken));
        foreach (var outcome in outcomes)
        {
            for (var y = 0; y < years; y++)
            {
                var hc = RunIndicators.HumanCapital25Plus(outcome.Result, y, origin, side.Development.Earnings);
                sums[y] = (sums[y].Tertiary + (hc.TertiaryShare / replicates), sums[y].Years + (hc.MeanYearsOfSchooling / replicates));
            }
        }

        return sums.Select(s => new HumanCapital(s.Tertiary, s.Years)).ToArray();
    }
}
