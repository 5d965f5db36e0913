using System.Globalization;
using Continuum.Core.Scenario;

namespace Continuum.Core.Development;

/// <summary>
/// The cost of sending remittances per corridor [sender × C + receiver], as a fraction of the amount sent:
/// the data cost (Remittance Prices Worldwide corridor average) used to calibrate to the observed matrix, and
/// the scenario cost after levers (e.g. the SDG 10.c target of 3 %). What arrives is sent × (1 − cost).
/// Every cost lies in [0, 1); levers naming a corridor outside the scenario are rejected. Immutable: levers give a copy.
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

    private CorridorCosts(CorridorCosts other)
    {
        Countries = other.Countries;
        _dataCost = other._dataCost;
        _cost = (double[])other._cost.Clone();
    }

    private static LeverSpec Spec => DevelopmentLevers.RemittanceCostSpec;

    /// <summary>Country codes, in index order.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Observed cost of the corridor, fraction of the amount sent.</summary>
    public double DataCost(int sender, int receiver) => _dataCost[(sender * Countries.Count) + receiver];

    /// <summary>Scenario cost of the corridor, fraction of the amount sent.</summary>
    public double Cost(int sender, int receiver) => _cost[(sender * Countries.Count) + receiver];

    /// <summary>A copy with every corridor's scenario cost set to <paramref name="costFraction"/> (e.g. 0.03, the SDG 10.c target).</summary>
    public CorridorCosts WithAll(double costFraction, string? field = null)
    {
        Check(costFraction, field ?? Spec.Field("ALL"));
        var copy = new CorridorCosts(this);
        Array.Fill(copy._cost, costFraction);
        return copy;
    }

    /// <summary>A copy with the scenario cost of <paramref name="corridor"/> (host sends, origin receives) set to <paramref name="costFraction"/>.</summary>
    public CorridorCosts With(Corridor corridor, double costFraction)
    {
        var field = Spec.Field(corridor.ToString());
        var s = IndexOf(corridor.Host.Code);
        var r = IndexOf(corridor.Origin.Code);
        if (s < 0 || r < 0 || s == r)
        {
            throw new InputException($"unknown corridor '{corridor}': write HOST-ORIGIN with two different countries of the scenario ({string.Join(", ", Countries)})",
                field: field);
        }

        Check(costFraction, field);
        var copy = new CorridorCosts(this);
        copy._cost[(s * Countries.Count) + r] = costFraction;
        return copy;
    }

    /// <summary>A copy with the remittance-cost levers of <paramref name="levers"/>: ALL first, then each corridor (a corridor value overrides ALL).</summary>
    public CorridorCosts WithLevers(DevelopmentLevers levers)
    {
        ArgumentNullException.ThrowIfNull(levers);
        var result = levers.RemittanceCostAll is { } all ? WithAll(all) : this;
        foreach (var (corridor, cost) in levers.RemittanceCost)
        {
            result = result.With(corridor, cost);
        }

        return result;
    }

    private int IndexOf(string code)
    {
        for (var i = 0; i < Countries.Count; i++)
        {
            if (string.Equals(Countries[i], code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Check(double costFraction, string field) => Spec.Check(costFraction, field);
}
