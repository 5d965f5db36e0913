using System.Globalization;

namespace Continuum.Models.Inequality;

/// <summary>
/// Household incomes by source, stored as one array per source (struct of arrays), with optional weights.
/// Invariants (checked on construction): at least one household and one source, every income finite and ≥ 0,
/// every weight finite and &gt; 0, and a positive total income. Units are whatever the input uses (e.g. pesos per capita per year).
/// </summary>
public sealed class HouseholdIncomes
{
    private readonly double[][] _sources;
    private readonly double[]? _weights;

    /// <summary>Creates the set; <paramref name="sources"/>[k][i] is income of household i from source k.</summary>
    /// <param name="sourceNames">One distinct, non-empty name per source.</param>
    /// <param name="sources">One array per source, all of the same length (households).</param>
    /// <param name="weights">Household weights (null for all 1), same length as each source.</param>
    public HouseholdIncomes(IReadOnlyList<string> sourceNames, IReadOnlyList<double[]> sources, double[]? weights = null)
    {
        ArgumentNullException.ThrowIfNull(sourceNames);
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0 || sources.Count != sourceNames.Count)
        {
            throw new InputException("there must be at least one income source and one name per source", field: "sources");
        }

        Count = sources[0].Length;
        if (Count == 0)
        {
            throw new InputException("there are no households", field: "household_id");
        }

        for (var k = 0; k < sources.Count; k++)
        {
            CheckSource(sourceNames[k], sources[k]);
        }

        if (weights is not null)
        {
            CheckWeights(weights);
        }

        SourceNames = [.. sourceNames];
        _sources = [.. sources];
        _weights = weights;
        Total = SumSources();
        if (!(SumOf(Total) > 0))
        {
            throw new InputException("total income of all households must be above 0", field: "sources");
        }
    }

    /// <summary>Number of households.</summary>
    public int Count { get; }

    /// <summary>Source names, in input order.</summary>
    public IReadOnlyList<string> SourceNames { get; }

    /// <summary>Total income of each household (sum over sources).</summary>
    public double[] Total { get; }

    /// <summary>True when households carry weights.</summary>
    public bool IsWeighted => _weights is not null;

    /// <summary>Incomes from source <paramref name="k"/>, one per household.</summary>
    public ReadOnlySpan<double> Source(int k) => _sources[k];

    /// <summary>Weights, or an empty span when every household has weight 1.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    private void CheckSource(string name, double[] values)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InputException("an income source has an empty name", field: "sources");
        }

        if (values.Length != Count)
        {
            throw new InputException($"source '{name}' has {values.Length} values for {Count} households", field: name);
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]) || values[i] < 0)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"household {i + 1} has {values[i]}, allowed range is [0, ∞)"), field: name);
            }
        }
    }

    private void CheckWeights(double[] weights)
    {
        if (weights.Length != Count)
        {
            throw new InputException($"there are {weights.Length} weights for {Count} households", field: "weight");
        }

        for (var i = 0; i < weights.Length; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] <= 0)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"household {i + 1} has weight {weights[i]}, allowed range is (0, ∞)"), field: "weight");
            }
        }
    }

    private double[] SumSources()
    {
        var total = new double[Count];
        foreach (var source in _sources)
        {
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += source[i];
            }
        }

        return total;
    }

    private static double SumOf(double[] values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }
}
