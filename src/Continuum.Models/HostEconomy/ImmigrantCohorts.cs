using Continuum.Models.LifeTables;
using Continuum.Models.Projection;

namespace Continuum.Models.HostEconomy;

/// <summary>
/// The extra immigrants as annual landing cohorts by sex and single age: each lands on 1 July with the
/// admission age–sex shares, then ages one year at a time with the life table's 1-year survivorship ratios
/// and leaves at the emigration rate. Their children born in the country are tracked separately (no
/// emigration, whole-population employment rates). Values are mid-year averages of start and end stocks.
/// </summary>
public static class ImmigrantCohorts
{
    private const int Ages = LifeTable.SingleYearAgeCount;
    private const int AdultAge = 20;

    /// <summary>Simulates <see cref="HostEconomyParameters.HorizonYears"/> years of the extra cohorts.</summary>
    public static ExtraLabourSeries Simulate(HostEconomyParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var h = p.HorizonYears;
        var survival = new[] { new double[Ages], new double[Ages] };
        p.FemaleLifeTable.SingleYearSurvivorshipRatios(survival[0]);
        p.MaleLifeTable.SingleYearSurvivorshipRatios(survival[1]);
        var cohorts = new double[p.AdmissionYears][][];
        var children = new[] { new double[Ages], new double[Ages] };
        var start = Measure(p, cohorts, children, 0);
        var series = new ExtraLabourSeries(new double[h], new double[h], new double[h], new double[h]);
        for (var t = 0; t < h; t++)
        {
            var births = Age(p, survival, cohorts, children);
            AddBirths(p, survival, children, births);
            if (t < p.AdmissionYears)
            {
                cohorts[t] = [Scaled(p.AdmissionShares[0], p.ExtraAdmissionsPerYear), Scaled(p.AdmissionShares[1], p.ExtraAdmissionsPerYear)];
            }

            var end = Measure(p, cohorts, children, t + 1);
            series.Population[t] = 0.5 * (start.Population + end.Population);
            series.Adults[t] = 0.5 * (start.Adults + end.Adults);
            series.Employment[t] = 0.5 * (start.Employment + end.Employment);
            series.EffectiveLabour[t] = 0.5 * (start.Effective + end.Effective);
            start = end;
        }

        return series;
    }

    private static double[] Scaled(double[] shares, double total) => shares.Select(s => s * total).ToArray();

    // Ages every stock by one year; returns births during the year (women averaged over start and end).
    private static double Age(HostEconomyParameters p, double[][] survival, double[][][] cohorts, double[][] children)
    {
        var births = 0.0;
        foreach (var cohort in cohorts.Where(c => c is not null))
        {
            births += Births(p, cohort[0]) * 0.5;
            for (var s = 0; s < 2; s++)
            {
                Shift(cohort[s], survival[s], 1 - p.EmigrationRatePerYear);
            }

            births += Births(p, cohort[0]) * 0.5;
        }

        births += Births(p, children[0]) * 0.5;
        Shift(children[0], survival[0], 1);
        Shift(children[1], survival[1], 1);
        return births + (Births(p, children[0]) * 0.5);
    }

    private static void Shift(double[] stock, double[] survival, double stay)
    {
        var open = (stock[Ages - 1] + stock[Ages - 2]) * survival[Ages - 1] * stay;
        for (var a = Ages - 2; a >= 1; a--)
        {
            stock[a] = stock[a - 1] * survival[a] * stay;
        }

        stock[0] = 0;
        stock[Ages - 1] = open;
    }

    private static double Births(HostEconomyParameters p, double[] women)
    {
        var sum = 0.0;
        for (var a = 0; a < Ages; a++)
        {
            sum += women[a] * p.AsfrPerYear[Math.Min(a / AgeSplit.GroupWidth, p.AsfrPerYear.Length - 1)];
        }

        return sum;
    }

    private static void AddBirths(HostEconomyParameters p, double[][] survival, double[][] children, double births)
    {
        var female = births / (1 + p.SexRatioAtBirth);
        children[0][0] += female * survival[0][0];
        children[1][0] += (births - female) * survival[1][0];
    }

    private static (double Population, double Adults, double Employment, double Effective) Measure(
        HostEconomyParameters p, double[][][] cohorts, double[][] children, int yearEnd)
    {
        double population = 0, adults = 0, employment = 0, effective = 0;
        for (var c = 0; c < cohorts.Length; c++)
        {
            if (cohorts[c] is null)
            {
                continue;
            }

            var tau = yearEnd - c - 1;
            var productivity = EmploymentRates.RelativeProductivity(p, tau + 0.5);
            for (var s = 0; s < 2; s++)
            {
                for (var a = 0; a < Ages; a++)
                {
                    var n = cohorts[c][s][a];
                    var employed = n * EmploymentRates.Base(p, a, (Sex)s) * EmploymentRates.Relative(p, tau, (Sex)s);
                    population += n;
                    adults += a >= AdultAge ? n : 0;
                    employment += employed;
                    effective += employed * productivity;
                }
            }
        }

        for (var s = 0; s < 2; s++)
        {
            for (var a = 0; a < Ages; a++)
            {
                var n = children[s][a];
                population += n;
                adults += a >= AdultAge ? n : 0;
                employment += n * EmploymentRates.Base(p, a, (Sex)s);
                effective += n * EmploymentRates.Base(p, a, (Sex)s);
            }
        }

        return (population, adults, employment, effective);
    }
}
