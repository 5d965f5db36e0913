using Continuum.Core.Inputs;
using Continuum.Data.Demography;
using Continuum.Models.LifeTables;
using Continuum.Models.Projection;

namespace Continuum.Data.Simulation;

/// <summary>Mortality and fertility from the WPP 2019 period rates (life tables from Continuum.Models).</summary>
public sealed partial class SimulationInputLoader
{
    private DemographyRates Demography()
    {
        var years = _dims.Years;
        var tables = new DemographyTables(
            new double[_countries * years * 2 * Dimensions.Ages],
            new double[_countries * years * 2],
            new double[_countries * years * Dimensions.Ages],
            new double[_countries * years]);
        for (var c = 0; c < _countries; c++)
        {
            var location = Location(c);
            var cache = new Dictionary<int, PeriodRates>();
            for (var y = 0; y < years; y++)
            {
                // The horizon year has only a census; it reuses the rates of the year before.
                var year = Math.Min(_dims.BaseYear + y, _dims.HorizonYear - 1);
                var periodStart = year - (year % PeriodRates.PeriodYears);
                if (!cache.TryGetValue(periodStart, out var rates))
                {
                    rates = _wpp.Rates(location, periodStart, MigrationAssumption.Zero);
                    cache[periodStart] = rates;
                }

                Fill(tables, (c * years) + y, rates);
            }
        }

        return new DemographyRates(_dims, tables.Death, tables.Newborn, tables.Birth, tables.MaleShare);
    }

    private static void Fill(DemographyTables t, int cy, PeriodRates rates)
    {
        var ratios = new double[LifeTable.SingleYearAgeCount];
        for (var s = 0; s < 2; s++)
        {
            rates.LifeTable((Sex)s).SingleYearSurvivorshipRatios(ratios);
            t.Newborn[(cy * 2) + s] = 1 - ratios[0];
            var offset = ((cy * 2) + s) * Dimensions.Ages;
            for (var age = 0; age < Dimensions.Ages; age++)
            {
                // ratios[x] carries age x − 1 to x; ratios[100] carries 99 and 100+ to 100+.
                t.Death[offset + age] = Math.Clamp(1 - ratios[Math.Min(age + 1, LifeTable.OpenAgeStart)], 0, 1);
            }
        }

        var asfr = rates.AsfrPerYear;
        for (var age = 0; age < Dimensions.Ages; age++)
        {
            // A woman aged x at the census spends the year at ages x and x + 1 (half each on average),
            // as the 1-year cohort-component step averages W(x, t) and W(x, t + 1).
            var now = Math.Min(age / PeriodRates.PeriodYears, asfr.Length - 1);
            var next = Math.Min((age + 1) / PeriodRates.PeriodYears, asfr.Length - 1);
            t.Birth[(cy * Dimensions.Ages) + age] = 0.5 * (asfr[now] + asfr[next]);
        }

        t.MaleShare[cy] = rates.SexRatioAtBirth / (1 + rates.SexRatioAtBirth);
    }

    private sealed record DemographyTables(double[] Death, double[] Newborn, double[] Birth, double[] MaleShare);
}
