namespace Continuum.Core.Inputs;

/// <summary>
/// Annual mortality and fertility by country, year, sex and single year of age (WPP 2019, see docs/engine.md).
/// A person aged x at the census date of year t (1 July) dies before the next census with
/// <see cref="DeathProbability"/> = 1 − L(x+1)/L(x); a woman aged x gives birth with
/// <see cref="BirthProbability"/> = asfr at exact age x + 1.
/// </summary>
public sealed class DemographyRates
{
    /// <summary>Validates and wraps the tables; every entry must be a probability.</summary>
    public DemographyRates(Dimensions dims, double[] deathProbability, double[] newbornDeathProbability,
        double[] birthProbability, double[] maleBirthShare)
    {
        ArgumentNullException.ThrowIfNull(dims);
        var cy = dims.CountryCount * dims.Years;
        DeathProbability = RateCheck.Probabilities(deathProbability, cy * 2 * Dimensions.Ages, "death probability");
        NewbornDeathProbability = RateCheck.Probabilities(newbornDeathProbability, cy * 2, "newborn death probability");
        BirthProbability = RateCheck.Probabilities(birthProbability, cy * Dimensions.Ages, "birth probability");
        MaleBirthShare = RateCheck.Probabilities(maleBirthShare, cy, "male share of births");
    }

    /// <summary>[((country × Years + yearIndex) × 2 + sex) × Ages + age], per year.</summary>
    public double[] DeathProbability { get; }

    /// <summary>Death between birth and the next census: 1 − L(0)/l(0). [(country × Years + yearIndex) × 2 + sex].</summary>
    public double[] NewbornDeathProbability { get; }

    /// <summary>Births per woman per year: [(country × Years + yearIndex) × Ages + age].</summary>
    public double[] BirthProbability { get; }

    /// <summary>SRB / (1 + SRB): [country × Years + yearIndex].</summary>
    public double[] MaleBirthShare { get; }
}
