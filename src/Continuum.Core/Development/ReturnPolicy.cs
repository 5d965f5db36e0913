namespace Continuum.Core.Development;

/// <summary>
/// Return and reintegration levers by country of birth (index o): a return premium (returnees earn
/// (1 + premium) × the home earnings for their education and age: skills and experience gained abroad), a
/// return incentive (the return hazard of emigrants born in o is multiplied by 1 + incentive), and the
/// elasticity of tertiary attainment to emigration prospects (the incentive channel, Beine–Docquier–Rapoport):
/// P' = min(1, P·exp(ε·m)), with m the probability that a tertiary-educated native lives abroad.
/// Domains: premium [0, 5], incentive [0, 20], elasticity [0, 20].
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

    /// <summary>Countries.</summary>
    public int Countries => _premium.Length;

    /// <summary>Sets the return premium of <paramref name="origin"/> (fraction of home earnings).</summary>
    public void SetReturnPremium(int origin, double premium, string lever = "return_premium") =>
        _premium[origin] = Require.InRange(premium, 0, 5, lever);

    /// <summary>Sets the return incentive of <paramref name="origin"/> (relative rise of the return hazard).</summary>
    public void SetReturnIncentive(int origin, double incentive, string lever = "return_incentive") =>
        _incentive[origin] = Require.InRange(incentive, 0, 20, lever);

    /// <summary>Sets the education-response semi-elasticity ε of <paramref name="origin"/>.</summary>
    public void SetEducationElasticity(int origin, double elasticity, string lever = "education_elasticity") =>
        _elasticity[origin] = Require.InRange(elasticity, 0, 20, lever);

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
    /// Shifts the three education shares (primary or less, secondary, tertiary) of <paramref name="origin"/> in place so
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
}
