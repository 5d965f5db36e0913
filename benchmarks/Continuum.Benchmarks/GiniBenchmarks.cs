using BenchmarkDotNet.Attributes;
using Continuum.Models.Inequality;

namespace Continuum.Benchmarks;

/// <summary>Gini decomposition by source on one million weighted households with three income sources.</summary>
[MemoryDiagnoser]
public class GiniBenchmarks
{
    private HouseholdIncomes _incomes = null!;

    /// <summary>Number of households.</summary>
    [Params(1_000_000)]
    public int Households { get; set; }

    /// <summary>Builds seeded synthetic incomes (wages, farm, remittances with many zeros, so many ties).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260101);
        var wages = new double[Households];
        var farm = new double[Households];
        var remittances = new double[Households];
        var weights = new double[Households];
        for (var i = 0; i < Households; i++)
        {
            wages[i] = Math.Round(1000 * Math.Exp(random.NextDouble() * 3));
            farm[i] = Math.Round(500 * random.NextDouble());
            remittances[i] = random.NextDouble() < 0.7 ? 0 : Math.Round(3000 * random.NextDouble());
            weights[i] = 0.5 + random.NextDouble();
        }

        _incomes = new HouseholdIncomes(["wages", "farm", "remittances"], [wages, farm, remittances], weights);
    }

    /// <summary>Full decomposition: Gini of total, and per source share, Gini, Gini correlation and marginal effect.</summary>
    [Benchmark]
    public double Decompose() => GiniDecomposition.Of(_incomes).TotalGini;

    /// <summary>The Gini of total income alone (one sort).</summary>
    [Benchmark]
    public double TotalGini() => GiniCoefficient.Of(_incomes.Total, _incomes.Weights);
}
