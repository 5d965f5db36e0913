namespace Continuum.Core.Inputs;

/// <summary>
/// Shares of the three education levels (Barro–Lee): for base-year residents aged 25+ by 5-year age group,
/// and for every cohort that turns 15 from the base year on (the latest observed 25–29 shares).
/// Shares of one group sum to 1.
/// </summary>
public sealed class EducationRates
{
    /// <summary>5-year age groups 25–29 … 75+ used for base residents.</summary>
    public const int BaseAgeGroups = 11;

    /// <summary>Validates the tables.</summary>
    public EducationRates(Dimensions dims, double[] baseShares, double[] cohortShares)
    {
        ArgumentNullException.ThrowIfNull(dims);
        BaseShares = RateCheck.Probabilities(baseShares, dims.CountryCount * 2 * BaseAgeGroups * Dimensions.EducationLevels, "education base shares");
        CohortShares = RateCheck.Probabilities(cohortShares, dims.CountryCount * 2 * Dimensions.EducationLevels, "education cohort shares");
    }

    /// <summary>[((country × 2 + sex) × BaseAgeGroups + group) × 3 + level], group = min((age − 25) / 5, 10).</summary>
    public double[] BaseShares { get; }

    /// <summary>[(country × 2 + sex) × 3 + level].</summary>
    public double[] CohortShares { get; }

    /// <summary>The level for a uniform draw <paramref name="u"/> from shares starting at <paramref name="offset"/>.</summary>
    public static byte Draw(double[] shares, int offset, double u)
    {
        ArgumentNullException.ThrowIfNull(shares);
        if (u < shares[offset])
        {
            return 0;
        }

        return u < shares[offset] + shares[offset + 1] ? (byte)1 : (byte)2;
    }
}
