namespace Continuum.Models.Returns;

/// <summary>
/// Present values (US$ at year 0) of one emigrant's career, by component and by who gains or loses. Signs:
/// a gain to the party is positive, a loss negative. Private = migrant and household together; origin-social =
/// everyone at the origin except the migrant (public budget, patients, the household's remittance receipts);
/// host-social = the destination's public budget and employers.
/// </summary>
public sealed record ReturnsAccount(
    double EarningsGain,
    double ReturnPremiumPrivate,
    double MigrationCost,
    double RemittanceFees,
    double RemittancesReceived,
    double LostOriginTax,
    double VacancyCost,
    double TrainingCostLost,
    double ReturnTax,
    double HostTax,
    double HostSurplus,
    double HostTrainingSaved)
{
    /// <summary>Private NPV: net earnings gain abroad + after-tax return premium − migration cost − remittance fees.</summary>
    public double PrivateNpv => EarningsGain + ReturnPremiumPrivate + MigrationCost + RemittanceFees;

    /// <summary>
    /// Origin-social NPV: remittances received − taxes the emigrant no longer pays − vacancy cost − training
    /// cost lost + tax on the return premium.
    /// </summary>
    public double OriginSocialNpv => RemittancesReceived + LostOriginTax + VacancyCost + TrainingCostLost + ReturnTax;

    /// <summary>Host-social NPV: taxes paid + surplus above the wage + training cost saved.</summary>
    public double HostSocialNpv => HostTax + HostSurplus + HostTrainingSaved;

    /// <summary>The probability-weighted mix q·<paramref name="returning"/> + (1−q)·<paramref name="staying"/>.</summary>
    public static ReturnsAccount Mix(double q, ReturnsAccount returning, ReturnsAccount staying)
    {
        ArgumentNullException.ThrowIfNull(returning);
        ArgumentNullException.ThrowIfNull(staying);
        double M(double a, double b) => (q * a) + ((1 - q) * b);
        return new ReturnsAccount(
            M(returning.EarningsGain, staying.EarningsGain),
            M(returning.ReturnPremiumPrivate, staying.ReturnPremiumPrivate),
            M(returning.MigrationCost, staying.MigrationCost),
            M(returning.RemittanceFees, staying.RemittanceFees),
            M(returning.RemittancesReceived, staying.RemittancesReceived),
            M(returning.LostOriginTax, staying.LostOriginTax),
            M(returning.VacancyCost, staying.VacancyCost),
            M(returning.TrainingCostLost, staying.TrainingCostLost),
            M(returning.ReturnTax, staying.ReturnTax),
            M(returning.HostTax, staying.HostTax),
            M(returning.HostSurplus, staying.HostSurplus),
            M(returning.HostTrainingSaved, staying.HostTrainingSaved));
    }
}
