using Continuum.Core.Development;
using Continuum.Core.Output;
using Continuum.Data.Demography;
using Continuum.Models.HostEconomy;

namespace Continuum.Data.Development;

/// <summary>The ten-year real GDP effect of extra admissions by three routes, percent of base.</summary>
/// <param name="MicroPercent">The microsimulation's own production function (<see cref="ProductionEconomy"/>), mid-year of the last admission year.</param>
/// <param name="MacroWithMicroLabourPercent">The host-economy model fed the microsimulated extra labour (same labour input).</param>
/// <param name="MacroOwnPercent">The host-economy model with its own immigrant cohorts.</param>
/// <param name="MacroBandLowPercent">Lowest result of the host-economy model's one-at-a-time sensitivity runs.</param>
/// <param name="MacroBandHighPercent">Highest result of those runs.</param>
public sealed record MicroMacroResult(double MicroPercent, double MacroWithMicroLabourPercent, double MacroOwnPercent, double MacroBandLowPercent, double MacroBandHighPercent);

/// <summary>
/// Compares the micro and macro views of a Canadian extra-admissions comparison (issue 5, validation): the
/// difference B − A of residents, adults (20+), employment and effective labour, as mid-year averages of
/// consecutive censuses and replicate means, becomes the host-economy model's external extra labour.
/// </summary>
public static class MicroMacroCheck
{
    /// <summary>Runs the check for <paramref name="host"/> (Canada: the host-economy model's data are Canadian) from <paramref name="startYear"/>.</summary>
    public static MicroMacroResult Run(ComparisonResult result, int startYear, int years, double extraPerYear, string dataDirectory, string host = "CAN")
    {
        ArgumentNullException.ThrowIfNull(result);
        var dims = result.A.Inputs.Dimensions;
        var c = dims.IndexOf(host);
        var first = startYear - dims.BaseYear;
        if (c < 0 || first < 0 || first + years >= dims.Years)
        {
            throw new InputException($"the comparison must simulate {host} from {startYear} to {startYear + years}", field: "host");
        }

        var a = Mean(result.OutcomesA, c, dims.Years);
        var b = Mean(result.OutcomesB, c, dims.Years);
        double[] Mid(Func<MicroLabourSeries, double[]> f) =>
            Enumerable.Range(first, years).Select(t => ((f(b)[t] - f(a)[t]) + (f(b)[t + 1] - f(a)[t + 1])) / 2).ToArray();
        var extra = new ExtraLabourSeries(Mid(s => s.Population), Mid(s => s.Adults), Mid(s => s.Employment), Mid(s => s.EffectiveLabour));
        var wpp = WppDemography.Load(Path.Combine(dataDirectory, "demography"));
        var basePopulation = CanadaHostEconomy.BasePopulationFromWpp(wpp, startYear, years);
        var p = CanadaHostEconomy.Parameters(wpp, Path.Combine(dataDirectory, "demography"), basePopulation, startYear, years, years, extraPerYear);
        var withMicro = HostEconomyModel.Run(p, basePopulation.WithExternalExtra(extra)).GdpEffectAtEndOfAdmissions;
        var own = HostEconomyModel.Run(p, basePopulation).GdpEffectAtEndOfAdmissions;
        var band = HostEconomySensitivity.Run(p, basePopulation).Select(r => r.RealGdpPercent).ToList();
        var gdpA = Mean(result.OutcomesA.Select(o => o.Indicators.Value(IndicatorIndex("real_gdp"), first + years - 1, c)));
        var gdpA2 = Mean(result.OutcomesA.Select(o => o.Indicators.Value(IndicatorIndex("real_gdp"), first + years, c)));
        var gdpB = Mean(result.OutcomesB.Select(o => o.Indicators.Value(IndicatorIndex("real_gdp"), first + years - 1, c)));
        var gdpB2 = Mean(result.OutcomesB.Select(o => o.Indicators.Value(IndicatorIndex("real_gdp"), first + years, c)));
        var micro = 100 * (((gdpB + gdpB2) / (gdpA + gdpA2)) - 1);
        return new MicroMacroResult(micro, withMicro, own, band.Min(), band.Max());
    }

    private static int IndicatorIndex(string code)
    {
        var k = IndicatorDefinition.IndexOf(code);
        return k >= 0 ? k :
            throw new ArgumentException($"unknown indicator {code}", nameof(code));
    }

    private static double Mean(IEnumerable<double> values) => values.Average();

    private static MicroLabourSeries Mean(IReadOnlyList<ReplicateOutcome> outcomes, int country, int years)
    {
        var population = new double[years];
        var adults = new double[years];
        var employment = new double[years];
        var effective = new double[years];
        foreach (var o in outcomes)
        {
            for (var y = 0; y < years; y++)
            {
                population[y] += SimulationResult.Persons(o.Result.Total(y, country, Measure.Population)) / outcomes.Count;
                adults[y] += Adults(o.Result, y, country) / outcomes.Count;
                employment[y] += SimulationResult.Persons(o.Result.Total(y, country, Measure.Employed)) / outcomes.Count;
                effective[y] += o.Development.EffectiveLabour(y, country) / outcomes.Count;
            }
        }

        return new MicroLabourSeries(population, adults, employment, effective);
    }

    private static double Adults(SimulationResult result, int yearIndex, int country)
    {
        long sum = 0;
        var cells = result.Cells[yearIndex];
        for (var s = 0; s < 2; s++)
        {
            for (var g = 4; g < ResultLayout.AgeGroups; g++)
            {
                for (var e = 0; e < ResultLayout.EducationLevels; e++)
                {
                    for (var st = 0; st < ResultLayout.Statuses; st++)
                    {
                        sum += cells[ResultLayout.Cell(country, s, g, e, st) + (int)Measure.Population];
                    }
                }
            }
        }

        return SimulationResult.Persons(sum);
    }
}
