using Continuum.Data.IO;
using Continuum.Models.HostEconomy;
using Continuum.Models.LifeTables;
using Continuum.Models.Projection;

namespace Continuum.Data.Demography;

/// <summary>
/// Builds the host-economy model's inputs for Canada from the shipped data (sources and the few assumptions
/// are listed in docs/models/host-economy.md). Numbers not in the shipped data are constants here, each
/// with its source or marked as an assumption.
/// </summary>
public static class CanadaHostEconomy
{
    /// <summary>Total government outlays 2012, billion C$: Department of Finance, Fiscal Reference Tables 2012, table 34 (not shipped).</summary>
    public const double GovernmentOutlays2012CadBillions = 738;

    /// <summary>Immigrants' entry earnings per native-born dollar, mid-2000s (Dungan, quoted in 2016; models.md §1.2).</summary>
    public const double EntryEarningsRatio = 0.62;

    /// <summary>Assumption: years for the productivity gap to shrink by a factor e.</summary>
    public const double ProductivityConvergenceYears = 20;

    /// <summary>Assumption: residential share of the capital stock (PWT has no split).</summary>
    public const double ResidentialCapitalShare = 0.3;

    /// <summary>Assumption: yearly share of the capital gap closed (business and housing).</summary>
    public const double CapitalAdjustmentPerYear = 0.25;

    /// <summary>Assumption: share of government spending that scales with population.</summary>
    public const double PopulationScaledSpendingShare = 0.75;

    /// <summary>Parameters from the shipped data for a scenario starting in <paramref name="startYear"/> (2006–2014).</summary>
    public static HostEconomyParameters Parameters(WppDemography wpp, string demographyFolder, LabourInput basePopulation,
        int startYear, int admissionYears, int horizonYears, double extraAdmissionsPerYear)
    {
        ArgumentNullException.ThrowIfNull(wpp);
        ArgumentNullException.ThrowIfNull(basePopulation);
        var src = new HostEconomySources(demographyFolder);
        var rates = wpp.Rates(wpp.Locations.Resolve("CAN"), startYear - (startYear % 5), MigrationAssumption.Zero);
        var prime = new[] { src.EmploymentRate(startYear, "Total population", "Females") / 100, src.EmploymentRate(startYear, "Total population", "Males") / 100 };
        var unemployment = src.Wdi("SL.UEM.TOTL.ZS", "CAN");
        var spendingShare = GovernmentOutlays2012CadBillions * 1e9 / (src.NominalGdpUsd("CAN", 2012) * src.Wdi("PA.NUS.FCRF", "CAN")[2012]);
        var p = new HostEconomyParameters
        {
            StartYear = startYear,
            AdmissionYears = admissionYears,
            HorizonYears = horizonYears,
            ExtraAdmissionsPerYear = extraAdmissionsPerYear,
            BaseAdmissionsPerYear = src.Admissions(startYear),
            AdmissionShares = AdmissionShares(src, startYear),
            EmploymentRatePrimeAge = prime,
            EmploymentRateEdgeAges = 0,
            RelativeEmploymentByYearsSinceLanding = [RelativeEmployment(src, startYear, "Females"), RelativeEmployment(src, startYear, "Males")],
            RelativeProductivityAtLanding = EntryEarningsRatio,
            ProductivityConvergenceYears = ProductivityConvergenceYears,
            EmigrationRatePerYear = src.Emigrants(startYear) / (src.Pwt("CAN", startYear, "pop") * 1e6),
            RealGdpMillions = src.Pwt("CAN", startYear, "rgdpna"),
            CapitalStockMillions = src.Pwt("CAN", startYear, "rnna"),
            LabourShare = src.Pwt("CAN", startYear, "labsh"),
            DepreciationRatePerYear = src.Pwt("CAN", startYear, "delta"),
            InvestmentShare = src.Pwt("CAN", startYear, "csh_i"),
            ResidentialCapitalShare = ResidentialCapitalShare,
            BusinessCapitalAdjustmentPerYear = CapitalAdjustmentPerYear,
            HousingAdjustmentPerYear = CapitalAdjustmentPerYear,
            DemandMultiplier = 1,
            OkunCoefficient = Okun(src),
            NaturalUnemploymentRatePercent = unemployment[startYear],
            RevenueShareOfGdp = spendingShare,
            SpendingShareOfGdp = spendingShare,
            SpendingShareScalingWithPopulation = PopulationScaledSpendingShare,
            FemaleLifeTable = rates.Female,
            MaleLifeTable = rates.Male,
            AsfrPerYear = rates.AsfrPerYear.ToArray(),
            SexRatioAtBirth = rates.SexRatioAtBirth,
        };
        return p with { EmploymentRateEdgeAges = CalibrateEdgeRate(p, basePopulation, src.Pwt("CAN", startYear, "emp") * 1e6) };
    }

    /// <summary>Okun's coefficient from WDI real GDP growth and unemployment, Canada 1991–2019.</summary>
    public static double Okun(HostEconomySources src)
    {
        ArgumentNullException.ThrowIfNull(src);
        var growth = src.Wdi("NY.GDP.MKTP.KD.ZG", "CAN");
        var unemployment = src.Wdi("SL.UEM.TOTL.ZS", "CAN");
        var years = Enumerable.Range(1991, 29).ToArray();
        return OkunLaw.EstimateCoefficient(years.Select(y => growth[y]).ToArray(), years.Select(y => unemployment[y]).ToArray());
    }

    /// <summary>Base population by single year of age from WPP 2019 (geometric interpolation between 5-year marks, Sprague split).</summary>
    public static LabourInput BasePopulationFromWpp(WppDemography wpp, int startYear, int years)
    {
        ArgumentNullException.ThrowIfNull(wpp);
        var code = wpp.Locations.Resolve("CAN").Code;
        var byYear = new List<double[][]>();
        for (var t = startYear; t < startYear + years; t++)
        {
            var t0 = t - (t % 5);
            var w = (t - t0) / 5.0;
            byYear.Add([Interpolated(wpp, code, Sex.Female, t0, w), Interpolated(wpp, code, Sex.Male, t0, w)]);
        }

        return new LabourInput(startYear, byYear);
    }

    /// <summary>Base population from a 1-year cohort-component projection of Canada (medium migration) from the preceding WPP year.</summary>
    public static LabourInput BasePopulationFromProjection(WppDemography wpp, int startYear, int years)
    {
        ArgumentNullException.ThrowIfNull(wpp);
        var from = startYear - (startYear % 5);
        var to = startYear + years - 1;
        var inputs = wpp.Inputs(wpp.Locations.Resolve("CAN"), from, to, MigrationAssumption.Medium);
        return LabourInput.FromProjection(CohortComponentProjection.Project(inputs, to, ProjectionStep.OneYear), startYear, years);
    }

    private static double[] Interpolated(WppDemography wpp, int code, Sex sex, int t0, double w)
    {
        var p0 = wpp.Population(code, sex, t0);
        var p1 = w > 0 ? wpp.Population(code, sex, t0 + 5) : p0;
        var groups = new double[p0.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = p0[g] > 0 && p1[g] > 0 ? Math.Pow(p0[g], 1 - w) * Math.Pow(p1[g], w) : ((1 - w) * p0[g]) + (w * p1[g]);
        }

        return AgeSplit.Sprague(groups);
    }

    private static double[] RelativeEmployment(HostEconomySources src, int year, string sex)
    {
        var total = src.EmploymentRate(year, "Total population", sex);
        return [src.EmploymentRate(year, "0-5", sex) / total, src.EmploymentRate(year, "5-10", sex) / total, src.EmploymentRate(year, "10+", sex) / total];
    }

    private static double CalibrateEdgeRate(HostEconomyParameters p, LabourInput population, double employment)
    {
        double prime = 0, edge = 0;
        for (var s = 0; s < 2; s++)
        {
            var cells = population.Population(0, (Sex)s);
            for (var a = 15; a <= 64; a++)
            {
                if (a is >= 25 and <= 54)
                {
                    prime += cells[a] * p.EmploymentRatePrimeAge[s];
                }
                else
                {
                    edge += cells[a];
                }
            }
        }

        return Require.Probability((employment - prime) / edge, "employment rate 15–24 and 55–64 (calibrated)");
    }

    /// <summary>Shares of new permanent residents by sex and single age from IRCC Facts and Figures 2014 (groups spread evenly; 65+ over 65–84).</summary>
    public static double[][] AdmissionShares(HostEconomySources src, int year)
    {
        ArgumentNullException.ThrowIfNull(src);
        const string Children = "Permanent-residents-less-than-15-years-of-age-by-gender-age-and-category";
        var shares = new[] { new double[LifeTable.SingleYearAgeCount], new double[LifeTable.SingleYearAgeCount] };
        string[] sexes = ["Female", "Male"];
        for (var s = 0; s < 2; s++)
        {
            for (var g = 0; g < 3; g++)
            {
                var label = $"{g * 5} to {(g * 5) + 4} years of age";
                Spread(shares[s], g * 5, 5, src.Ircc(Children, label, "Total " + label, year, occurrence: s == 1 ? 1 : 2));
            }

            var adults = sexes[s] + "-Permanent-residents-15-years-of-age-or-older-by-gender-age-and-category";
            foreach (var (from, width, label) in new[] { (15, 10, "15 to 24 years of age"), (25, 20, "25 to 44 years of age"), (45, 20, "45 to 64 years of age"), (65, 20, "65 years of age or more") })
            {
                Spread(shares[s], from, width, src.Ircc(adults, label, "Total " + label, year));
            }
        }

        var total = shares.Sum(a => a.Sum());
        return shares.Select(a => a.Select(v => v / total).ToArray()).ToArray();
    }

    private static void Spread(double[] cells, int from, int width, double persons)
    {
        for (var a = from; a < from + width; a++)
        {
            cells[a] += persons / width;
        }
    }
}
