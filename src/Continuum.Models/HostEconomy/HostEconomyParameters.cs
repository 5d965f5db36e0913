using Continuum.Models.LifeTables;

namespace Continuum.Models.HostEconomy;

/// <summary>
/// Parameters of the host-economy ("FOCUS-lite") model, with units. Defaults are not set here: the data
/// loader fills them from PWT 10.01, Statistics Canada, IRCC, WDI and WPP (sources in docs/models/host-economy.md).
/// Call <see cref="Validate"/> before use; every check names the field and its allowed range (a user-settable one by its
/// <see cref="HostEconomySpecs"/> name, e.g. <c>demand_multiplier</c>).
/// </summary>
public sealed record HostEconomyParameters
{
    /// <summary>First scenario year (the extra admissions start on 1 July of it).</summary>
    public required int StartYear { get; init; }

    /// <summary>Years with extra admissions, 1–50.</summary>
    public required int AdmissionYears { get; init; }

    /// <summary>Years simulated (≥ <see cref="AdmissionYears"/>, ≤ 60).</summary>
    public required int HorizonYears { get; init; }

    /// <summary>Extra permanent residents per year, persons (0–5,000,000).</summary>
    public required double ExtraAdmissionsPerYear { get; init; }

    /// <summary>Base admissions per year, persons (reported; the base population path already contains them).</summary>
    public required double BaseAdmissionsPerYear { get; init; }

    /// <summary>Age–sex distribution of new permanent residents, [sex][age 0..100], summing to 1.</summary>
    public required double[][] AdmissionShares { get; init; }

    /// <summary>Employment rate by sex ([F, M]) at ages 25–54 for the whole population, fraction.</summary>
    public required double[] EmploymentRatePrimeAge { get; init; }

    /// <summary>Employment rate at ages 15–24 and 55–64 (both sexes), fraction; calibrated so base employment matches the data year.</summary>
    public required double EmploymentRateEdgeAges { get; init; }

    /// <summary>Immigrants' employment rate relative to the whole population by years since landing band (0–4, 5–9, 10+) and sex, [sex][band].</summary>
    public required double[][] RelativeEmploymentByYearsSinceLanding { get; init; }

    /// <summary>Immigrants' relative productivity at landing (earnings per worker relative to the average worker), 0–1.5.</summary>
    public required double RelativeProductivityAtLanding { get; init; }

    /// <summary>Years over which the productivity gap closes by a factor e (exponential convergence), &gt; 0.</summary>
    public required double ProductivityConvergenceYears { get; init; }

    /// <summary>Emigration rate of the extra immigrants, per year, 0–0.5.</summary>
    public required double EmigrationRatePerYear { get; init; }

    /// <summary>Real GDP in the start year, million 2017 US$ (PWT rgdpna).</summary>
    public required double RealGdpMillions { get; init; }

    /// <summary>Capital stock in the start year, million 2017 US$ (PWT rnna).</summary>
    public required double CapitalStockMillions { get; init; }

    /// <summary>Labour share of income (PWT labsh), 0.3–0.9; the capital elasticity is 1 − labsh.</summary>
    public required double LabourShare { get; init; }

    /// <summary>Depreciation rate per year (PWT delta), 0–0.2.</summary>
    public required double DepreciationRatePerYear { get; init; }

    /// <summary>Investment share of GDP (PWT csh_i), 0–0.6.</summary>
    public required double InvestmentShare { get; init; }

    /// <summary>Share of the capital stock that is residential (housing), 0–0.8.</summary>
    public required double ResidentialCapitalShare { get; init; }

    /// <summary>Speed at which business capital closes its gap to the target K/Y, per year, 0–1.</summary>
    public required double BusinessCapitalAdjustmentPerYear { get; init; }

    /// <summary>Speed at which housing closes its gap to the target stock per adult, per year, 0–1.</summary>
    public required double HousingAdjustmentPerYear { get; init; }

    /// <summary>Demand multiplier on investment above its steady-state need, 0–3.</summary>
    public required double DemandMultiplier { get; init; }

    /// <summary>Okun coefficient: percentage points of unemployment per percent output gap, 0–2.</summary>
    public required double OkunCoefficient { get; init; }

    /// <summary>Natural (base) unemployment rate, percent, 0–30.</summary>
    public required double NaturalUnemploymentRatePercent { get; init; }

    /// <summary>Government revenue as a share of GDP, 0–0.8.</summary>
    public required double RevenueShareOfGdp { get; init; }

    /// <summary>Government spending as a share of base GDP, 0–0.8.</summary>
    public required double SpendingShareOfGdp { get; init; }

    /// <summary>Share of government spending that scales with population (the rest is fixed), 0–1.</summary>
    public required double SpendingShareScalingWithPopulation { get; init; }

    /// <summary>Female life table applied to the extra immigrants and their children.</summary>
    public required LifeTable FemaleLifeTable { get; init; }

    /// <summary>Male life table applied to the extra immigrants and their children.</summary>
    public required LifeTable MaleLifeTable { get; init; }

    /// <summary>Births per woman per year by 5-year age group (21 groups), for births to extra immigrant women.</summary>
    public required double[] AsfrPerYear { get; init; }

    /// <summary>Male births per female birth.</summary>
    public required double SexRatioAtBirth { get; init; }

    /// <summary>Throws an <see cref="InputException"/> naming the first field outside its allowed range.</summary>
    public HostEconomyParameters Validate()
    {
        HostEconomySpecs.Years.Check(AdmissionYears);
        Require.InRange(HorizonYears, AdmissionYears, 60, "horizon");
        HostEconomySpecs.ExtraAdmissions.Check(ExtraAdmissionsPerYear);
        Require.InRange(BaseAdmissionsPerYear, 0, 5_000_000, "base_admissions");
        HostEconomySpecs.RelativeProductivity.Check(RelativeProductivityAtLanding);
        HostEconomySpecs.ProductivityConvergenceYears.Check(ProductivityConvergenceYears);
        HostEconomySpecs.EmigrationRate.Check(EmigrationRatePerYear);
        Require.Positive(RealGdpMillions, "real GDP");
        Require.Positive(CapitalStockMillions, "capital stock");
        HostEconomySpecs.LabourShare.Check(LabourShare);
        Require.InRange(DepreciationRatePerYear, 0, 0.2, "depreciation");
        Require.InRange(InvestmentShare, 0, 0.6, "investment share");
        Require.InRange(ResidentialCapitalShare, 0, 0.8, "residential_share");
        HostEconomySpecs.CapitalAdjustment.Check(BusinessCapitalAdjustmentPerYear);
        Require.InRange(HousingAdjustmentPerYear, 0, 1, "housing_adjustment");
        HostEconomySpecs.DemandMultiplier.Check(DemandMultiplier);
        HostEconomySpecs.Okun.Check(OkunCoefficient);
        Require.InRange(NaturalUnemploymentRatePercent, 0, 30, "natural unemployment rate");
        Require.InRange(RevenueShareOfGdp, 0, 0.8, "revenue share");
        Require.InRange(SpendingShareOfGdp, 0, 0.8, "spending share");
        HostEconomySpecs.PopulationScaledSpending.Check(SpendingShareScalingWithPopulation);
        Require.InRange(EmploymentRateEdgeAges, 0, 1, "employment rate 15–24 and 55–64");
        Require.InRange(SexRatioAtBirth, 0.9, 1.3, "sex ratio at birth");
        ValidateArrays();
        return this;
    }

    private void ValidateArrays()
    {
        if (AdmissionShares.Length != 2 || AdmissionShares.Any(a => a.Length != LifeTable.SingleYearAgeCount))
        {
            throw new InputException("admission shares need 2 sexes × 101 ages", field: "admission shares");
        }

        var total = AdmissionShares.Sum(a => a.Sum());
        Require.InRange(total, 0.999, 1.001, "admission shares (sum)");
        foreach (var v in AdmissionShares.SelectMany(a => a))
        {
            Require.Probability(v, "admission shares");
        }

        if (EmploymentRatePrimeAge.Length != 2 || RelativeEmploymentByYearsSinceLanding.Length != 2 ||
            RelativeEmploymentByYearsSinceLanding.Any(r => r.Length != 3) || AsfrPerYear.Length != 21)
        {
            throw new InputException("employment rates need [F, M] and 3 years-since-landing bands; asfr needs 21 groups", field: "employment");
        }

        foreach (var v in EmploymentRatePrimeAge)
        {
            Require.Probability(v, "employment rate 25–54");
        }

        foreach (var v in RelativeEmploymentByYearsSinceLanding.SelectMany(r => r))
        {
            Require.InRange(v, 0, 1.5, "relative employment by years since landing");
        }
    }
}
