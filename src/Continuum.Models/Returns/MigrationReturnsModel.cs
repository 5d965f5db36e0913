namespace Continuum.Models.Returns;

/// <summary>
/// Net-present-value account of one emigrant (issue 3, §5; research note models.md §3.2, DESIGN). The move is at
/// year 0; the migrant works abroad in years 1..A and, after a return, at home in years A+1..T. With probability q
/// the emigrant returns after <see cref="MigrationReturnsParameters.YearsAbroadIfReturning"/> years, otherwise stays
/// abroad for the whole career; the result is the expectation over the two paths. A flow in year t is discounted by (1+r)^−t.
/// </summary>
public sealed class MigrationReturnsModel
{
    /// <summary>Creates the model; <paramref name="parameters"/> are validated.</summary>
    public MigrationReturnsModel(MigrationReturnsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters.Validate();
    }

    /// <summary>The validated parameters.</summary>
    public MigrationReturnsParameters Parameters { get; }

    /// <summary>The expected account over returning and staying paths.</summary>
    public ReturnsAccount Expected() => Expected(Parameters.ReturnProbability);

    /// <summary>The expected account with return probability <paramref name="returnProbability"/> (in [0, 1]).</summary>
    public ReturnsAccount Expected(double returnProbability)
    {
        Require.Probability(returnProbability, "return_probability");
        var x = Parameters;
        return ReturnsAccount.Mix(returnProbability, Path(x.YearsAbroadIfReturning), Path(x.CareerYears));
    }

    /// <summary>The account of a career with <paramref name="yearsAbroad"/> years abroad (1..CareerYears), then home.</summary>
    public ReturnsAccount Path(int yearsAbroad)
    {
        var x = Parameters;
        Require.InRange(yearsAbroad, 1, x.CareerYears, "years_abroad");
        var abroad = Annuity(1, yearsAbroad);
        var home = Annuity(yearsAbroad + 1, x.CareerYears);
        var vacancy = Annuity(1, Math.Min(x.VacancyYears, yearsAbroad));
        var netDestination = (1 - x.DestinationTaxRate) * x.DestinationWageUsdPerYear;
        var netOrigin = (1 - x.OriginTaxRate) * x.OriginWageUsdPerYear;
        var remitted = x.RemittanceShare * netDestination;
        var premium = x.ReturnWagePremium * x.OriginWageUsdPerYear;
        var careerShareAbroad = (double)yearsAbroad / x.CareerYears;
        return new ReturnsAccount(
            EarningsGain: abroad * (netDestination - netOrigin),
            ReturnPremiumPrivate: home * (1 - x.OriginTaxRate) * premium,
            MigrationCost: -x.MigrationCostUsd,
            RemittanceFees: -abroad * remitted * x.RemittanceCostShare,
            RemittancesReceived: abroad * remitted * (1 - x.RemittanceCostShare),
            LostOriginTax: -abroad * x.OriginTaxRate * x.OriginWageUsdPerYear,
            VacancyCost: -vacancy * x.VacancyCostUsdPerYear,
            TrainingCostLost: -x.PublicTrainingCostUsd * careerShareAbroad,
            ReturnTax: home * x.OriginTaxRate * premium,
            HostTax: abroad * x.DestinationTaxRate * x.DestinationWageUsdPerYear,
            HostSurplus: abroad * x.HostSurplusShare * x.DestinationWageUsdPerYear,
            HostTrainingSaved: x.HostTrainingCostSavedUsd * careerShareAbroad);
    }

    /// <summary>Present value at year 0 of 1 US$ a year paid in years <paramref name="first"/>..<paramref name="last"/> (0 if empty).</summary>
    public double Annuity(int first, int last)
    {
        var sum = 0.0;
        var factor = 1 / (1 + Parameters.DiscountRatePerYear);
        for (var t = first; t <= last; t++)
        {
            sum += Math.Pow(factor, t);
        }

        return sum;
    }

    /// <summary>
    /// The remittance share (of net destination earnings) at which the origin-social NPV is zero, found from the
    /// NPV's linearity in the share; null when the share has no effect or the root lies outside [0, 1].
    /// </summary>
    public double? BreakEvenRemittanceShare()
    {
        var at0 = new MigrationReturnsModel(Parameters with { RemittanceShare = 0 }).Expected().OriginSocialNpv;
        var at1 = new MigrationReturnsModel(Parameters with { RemittanceShare = 1 }).Expected().OriginSocialNpv;
        if (at1 == at0)
        {
            return null;
        }

        var root = at0 / (at0 - at1);
        return root is >= 0 and <= 1 ? root : null;
    }
}
