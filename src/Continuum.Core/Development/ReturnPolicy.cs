using Continuum.Core.Scenario;

namespace Continuum.Core.Development;

/// <summary>
/// Return and reintegration levers by country of birth (index o): a return premium (returnees earn
/// (1 + premium) × the home earnings for their education and age: skills and experience gained abroad), a
/// return incentive (the return hazard of emigrants born in o is multiplied by 1 + incentive), and the
/// elasticity of tertiary attainment to emigration prospects (the incentive channel, Beine–Docquier–Rapoport):
/// P' = min(1, P·exp(ε·m)), with m the probability that a tertiary-educated native lives abroad.
/// Domains: premium [0, 5], incentive [0, 20], elasticity [0, 20] (<see cref="DevelopmentLevers"/>). Immutable: levers give a copy.
/// </summary>
public sealed class ReturnPolicy
{
    private readonly double[] _premium;
    private readonly double[] _incentive;
    private readonly double[] _elasticity;

    /// <summary>Levers that change nothing, for <paramref name="countries"/> countries.</summary>
    public ReturnPolicy(int countries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(countries, 1);
        _premium = new double[countries];
        _incentive = new double[countries];
        _elasticity = new double[countries];
    }

    private ReturnPolicy(double[] premium, double[] incentive, double[] elasticity)
    {
        _premium = premium;
        _incentive = incentive;
        _elasticity = elasticity;
    }

    /// <summary>Countries.</summary>
    public int Countries => _premium.Length;

    /// <summary>A copy with the return premium of <paramref name="origin"/> (fraction of home earnings).</summary>
    public ReturnPolicy WithReturnPremium(int origin, double premium, string? field = null) =>
        Copy(_premium, origin, DevelopmentLevers.ReturnPremiumSpec.Check(premium, field));

    /// <summary>A copy with the return incentive of <paramref name="origin"/> (relative rise of the return hazard).</summary>
    public ReturnPolicy WithReturnIncentive(int origin, double incentive, string? field = null) =>
        Copy(_incentive, origin, DevelopmentLevers.ReturnIncentiveSpec.Check(incentive, field));

    /// <summary>A copy with the education-response semi-elasticity ε of <paramref name="origin"/>.</summary>
    public ReturnPolicy WithEducationElasticity(int origin, double elasticity, string? field = null) =>
        Copy(_elasticity, origin, DevelopmentLevers.EducationElasticitySpec.Check(elasticity, field));

    /// <summary>
    /// A copy with the return premium, return incentive and education elasticity of <paramref name="levers"/>, whose
    /// country codes are looked up in <paramref name="countries"/> (the index order); an unknown country is an <see cref="InputException"/>.
    /// </summary>
    public ReturnPolicy WithLevers(IReadOnlyList<string> countries, DevelopmentLevers levers)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(levers);
        var result = this;
        foreach (var (country, value) in levers.ReturnPremium)
        {
            result = result.WithReturnPremium(IndexOf(countries, country, DevelopmentLevers.ReturnPremiumSpec), value, DevelopmentLevers.ReturnPremiumSpec.Field(country.Code));
        }

        foreach (var (country, value) in levers.ReturnIncentive)
        {
            result = result.WithReturnIncentive(IndexOf(countries, country, DevelopmentLevers.ReturnIncentiveSpec), value, DevelopmentLevers.ReturnIncentiveSpec.Field(country.Code));
        }

        foreach (var (country, value) in levers.EducationElasticity)
        {
            result = result.WithEducationElasticity(IndexOf(countries, country, DevelopmentLevers.EducationElasticitySpec), value,
                DevelopmentLevers.EducationElasticitySpec.Field(country.Code));
        }

        return result;
    }

    /// <summary>Return premium of <paramref name="origin"/>, fraction.</summary>
    public double ReturnPremium(int origin) => _premium[origin];

    /// <summary>Return incentive of <paramref name="origin"/>, fraction.</summary>
    public double ReturnIncentive(int origin) => _incentive[origin];

    /// <summary>ε of <paramref name="origin"/>.</summary>
    public double EducationElasticity(int origin) => _elasticity[origin];

    /// <summary>Multiplier on the return hazard of emigrants born in <paramref name="origin"/>: 1 + incentive.</summary>
    public double ReturnHazardMultiplier(int origin) => 1 + _incentive[origin];

    /// <summary>Earnings multiplier of a returnee born in <paramref name="origin"/>: 1 + premium.</summary>
    public double ReturneeEarningsFactor(int origin) => 1 + _premium[origin];

    /// <summary>Tertiary attainment probability of a cohort of <paramref name="origin"/> given the base probability and the prospect m.</summary>
    public double TertiaryProbability(int origin, double baseProbability, double skilledEmigrationProspect) =>
        Math.Min(1, baseProbability * Math.Exp(_elasticity[origin] * Math.Clamp(skilledEmigrationProspect, 0, 1)));

    /// <summary>
    /// Shifts the three education shares (primary or less, secondary, tertiary) of <paramref name="origin"/> in the span (a copy the caller owns) so
    /// that tertiary becomes <see cref="TertiaryProbability"/>; the lower levels shrink proportionally (sum stays 1).
    /// </summary>
    public void ShiftShares(int origin, Span<double> shares, double skilledEmigrationProspect)
    {
        if (shares.Length != 3)
        {
            throw new ArgumentException("three education shares are needed", nameof(shares));
        }

        var p0 = shares[2];
        var p1 = TertiaryProbability(origin, p0, skilledEmigrationProspect);
        var rest = 1 - p0;
        var scale = rest > 0 ? (1 - p1) / rest : 0;
        shares[0] *= scale;
        shares[1] *= scale;
        shares[2] = p1;
    }

    private static int IndexOf(IReadOnlyList<string> countries, Iso3 country, LeverSpec spec)
    {
        for (var i = 0; i < countries.Count; i++)
        {
            if (string.Equals(countries[i], country.Code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InputException($"'{country}' is not a country of the scenario ({string.Join(", ", countries)})", field: spec.Field(country.Code));
    }

    private ReturnPolicy Copy(double[] changed, int origin, double value)
    {
        double[] Pick(double[] array)
        {
            var copy = (double[])array.Clone();
            if (ReferenceEquals(array, changed))
            {
                copy[origin] = value;
            }

            return copy;
        }

        return new ReturnPolicy(Pick(_premium), Pick(_incentive), Pick(_elasticity));
    }
}
