namespace Continuum.Core.Inputs;

/// <summary>
/// The base-year population by country, sex and single year of age (persons, WPP 2019 split to single
/// years), and the weight of one simulated person per country (the sample design).
/// </summary>
public sealed class BasePopulation
{
    /// <summary>Validates the tables.</summary>
    public BasePopulation(Dimensions dims, double[] persons, uint[] weightUnits)
    {
        ArgumentNullException.ThrowIfNull(dims);
        ArgumentNullException.ThrowIfNull(weightUnits);
        Persons = RateCheck.NonNegative(persons, dims.CountryCount * 2 * Dimensions.Ages, "base population");
        if (weightUnits.Length != dims.CountryCount || Array.IndexOf(weightUnits, 0u) >= 0)
        {
            throw new InputException("every country needs a positive weight per simulated person", field: "sample_size");
        }

        WeightUnits = weightUnits;
    }

    /// <summary>Persons at the base census date: [(country × 2 + sex) × Ages + age].</summary>
    public double[] Persons { get; }

    /// <summary>Real persons per simulated base person, in 1/256 units, per country.</summary>
    public uint[] WeightUnits { get; }
}
