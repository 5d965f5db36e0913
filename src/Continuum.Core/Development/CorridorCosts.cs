using System.Globalization;

namespace Continuum.Core.Development;

/// <summary>
/// The cost of sending remittances per corridor [sender × C + receiver], as a fraction of the amount sent:
/// the data cost (Remittance Prices Worldwide corridor average) used to calibrate to the observed matrix, and
/// the scenario cost after levers (e.g. the SDG 10.c target of 3 %). What arrives is sent × (1 − cost).
/// Every cost lies in [0, 1); levers naming a corridor outside the scenario are rejected.
/// </summary>
public sealed class CorridorCosts
{
    private readonly double[] _dataCost;
    private readonly double[] _cost;

    /// <summary>Wraps <paramref name="dataCostFraction"/> (C × C); scenario costs start equal to the data.</summary>
    public CorridorCosts(IReadOnlyList<string> countries, double[] dataCostFraction)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(dataCostFraction);
        Countries = countries;
        var c = countries.Count;
        if (dataCostFraction.Length != c * c)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"has {dataCostFraction.Length} values, expected {c * c}"), field: "remittance cost");
        }

        foreach (var v in dataCostFraction)
        {
            Require.InRange(v, 0, 0.999, "remittance cost");
        }

        _dataCost = dataCostFraction;
        _cost = (double[])dataCostFraction.Clone();
    }

    /// <summary>Country codes, in index order.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Observed cost of the corridor, fraction of the amount sent.</summary>
    public double DataCost(int sender, int receiver) => _dataCost[(sender * Countries.Count) + receiver];

    /// <summary>Scenario cost of the corridor, fraction of the amount sent.</summary>
    public double Cost(int sender, int receiver) => _cost[(sender * Countries.Count) + receiver];

    /// <summary>Sets every corridor's scenario cost to <paramref name="costFraction"/> (e.g. 0.03, the SDG 10.c target).</summary>
    public void SetAll(double costFraction, string lever = "remittance_cost", string? file = null, long? line = null)
    {
        Check(costFraction, lever, file, line);
        Array.Fill(_cost, costFraction);
    }

    /// <summary>Sets one corridor, written "SENDER-RECEIVER" (ISO3 codes) in <paramref name="corridor"/>.</summary>
    public void Set(string corridor, double costFraction, string lever = "remittance_cost", string? file = null, long? line = null)
    {
        ArgumentNullException.ThrowIfNull(corridor);
        var parts = corridor.Split('-');
        var s = parts.Length == 2 ? IndexOf(parts[0]) : -1;
        var r = parts.Length == 2 ? IndexOf(parts[1]) : -1;
        if (s < 0 || r < 0 || s == r)
        {
            throw new InputException($"unknown corridor '{corridor}': write SENDER-RECEIVER with two different countries of the scenario ({string.Join(", ", Countries)})",
                file, line, $"{lever}.{corridor}");
        }

        Check(costFraction, $"{lever}.{corridor}", file, line);
        _cost[(s * Countries.Count) + r] = costFraction;
    }

    private int IndexOf(string code)
    {
        for (var i = 0; i < Countries.Count; i++)
        {
            if (string.Equals(Countries[i], code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Check(double costFraction, string lever, string? file, long? line)
    {
        if (double.IsNaN(costFraction) || costFraction < 0 || costFraction >= 1)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"a remittance cost of {costFraction} is outside [0, 1) (a fraction of the amount sent: 0.03 is 3 %)"), file, line, lever);
        }
    }
}
