using Continuum.Models.HostEconomy;
using Continuum.Models.LifeTables;
using Continuum.Models.Projection;
using Continuum.Models.Tests.LifeTables;
using Continuum.Models.Tests.Projection;

namespace Continuum.Models.Tests.HostEconomy;

/// <summary>A small, fully specified host economy (values rounded from the Canadian 2012 data) for unit tests.</summary>
internal static class HostEconomyFixtures
{
    public static HostEconomyParameters Parameters(double extra = 100_000) => new()
    {
        StartYear = 2012,
        AdmissionYears = 10,
        HorizonYears = 10,
        ExtraAdmissionsPerYear = extra,
        BaseAdmissionsPerYear = 250_000,
        AdmissionShares = Shares(),
        EmploymentRatePrimeAge = [0.776, 0.853],
        EmploymentRateEdgeAges = 0.6,
        RelativeEmploymentByYearsSinceLanding = [[0.74, 0.88, 0.97], [0.92, 1.0, 1.01]],
        RelativeProductivityAtLanding = 0.62,
        ProductivityConvergenceYears = 20,
        EmigrationRatePerYear = 0.002,
        RealGdpMillions = 1_629_000,
        CapitalStockMillions = 7_077_000,
        LabourShare = 0.65,
        DepreciationRatePerYear = 0.036,
        InvestmentShare = 0.27,
        ResidentialCapitalShare = 0.3,
        BusinessCapitalAdjustmentPerYear = 0.25,
        HousingAdjustmentPerYear = 0.25,
        DemandMultiplier = 1,
        OkunCoefficient = 0.33,
        NaturalUnemploymentRatePercent = 7.4,
        RevenueShareOfGdp = 0.4,
        SpendingShareOfGdp = 0.4,
        SpendingShareScalingWithPopulation = 0.75,
        FemaleLifeTable = new LifeTable(LifeTableTests.CanadaFemale2010, Sex.Female),
        MaleLifeTable = new LifeTable(LifeTableTests.CanadaMale2010, Sex.Male),
        AsfrPerYear = SyntheticInputs.Asfr(1.6),
        SexRatioAtBirth = 1.05,
    };

    public static LabourInput Labour(int years = 10) =>
        new(2012, Enumerable.Range(0, years).Select(y => new[] { Flat(175_000 * (1 + (0.01 * y))), Flat(172_000 * (1 + (0.01 * y))) }).ToList());

    private static double[] Flat(double perAge) => Enumerable.Range(0, 101).Select(a => a < 90 ? perAge : perAge / 10).ToArray();

    private static double[][] Shares()
    {
        var shares = new[] { new double[101], new double[101] };
        for (var a = 0; a < 65; a++)
        {
            var weight = a is >= 25 and < 45 ? 3.0 : 1.0;
            shares[0][a] = weight;
            shares[1][a] = weight;
        }

        var total = shares.Sum(s => s.Sum());
        return shares.Select(s => s.Select(v => v / total).ToArray()).ToArray();
    }
}
