using Continuum.Core.Output;

namespace Continuum.Core.Development;

/// <summary>
/// The indicators of one replicate by [indicator][year index][country], from the engine's result cube and the
/// development sums: GDP from <see cref="ProductionEconomy"/> fed with the simulated effective labour (TFP calibrated
/// on the lever-free expected employment of the base year, so scenarios sharing a base population share TFP),
/// unemployment from the labour force, remittances received and their share of GDP, and the human capital of
/// residents aged 25+ (tertiary share, mean years of schooling with the country's years per level).
/// </summary>
public sealed class RunIndicators
{
    private readonly double[][][] _values;

    private RunIndicators(double[][][] values) => _values = values;

    /// <summary>The value of <paramref name="indicator"/> (index in <see cref="IndicatorDefinition.All"/>) in a year and country.</summary>
    public double Value(int indicator, int yearIndex, int country) => _values[indicator][yearIndex][country];

    /// <summary>Computes every indicator of <see cref="IndicatorDefinition.All"/>.</summary>
    public static RunIndicators Compute(SimulationResult result, DevelopmentResult development, DevelopmentParameters p)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(development);
        ArgumentNullException.ThrowIfNull(p);
        var years = result.Dimensions.Years;
        var countries = result.Dimensions.CountryCount;
        var values = IndicatorDefinition.All.Select(_ => Enumerable.Range(0, years).Select(_ => new double[countries]).ToArray()).ToArray();
        for (var c = 0; c < countries; c++)
        {
            var population = new double[years];
            var labour = new double[years];
            for (var y = 0; y < years; y++)
            {
                population[y] = SimulationResult.Persons(result.Total(y, c, Measure.Population));
                labour[y] = development.EffectiveLabour(y, c);
            }

            var path = ProductionEconomy.Run(p.Economies[c], labour, population, development.Calibration.ExpectedEmployedPersons[c]);
            for (var y = 0; y < years; y++)
            {
                Fill(values, y, c, result, development, p, path, population[y]);
            }
        }

        return new RunIndicators(values);
    }

    private static void Fill(double[][][] v, int y, int c, SimulationResult result, DevelopmentResult development, DevelopmentParameters p, EconomyPath path, double population)
    {
        var context = new IndicatorContext(y, c, result, development, path, population,
            SimulationResult.Persons(result.Total(y, c, Measure.Employed)), SimulationResult.Persons(result.Total(y, c, Measure.LabourForce)),
            development.ReceivedUsdMillions(y, c), HumanCapital25Plus(result, y, c, p.Earnings));
        for (var k = 0; k < IndicatorDefinition.All.Count; k++)
        {
            v[k][y][c] = IndicatorDefinition.All[k].Compute(context);
        }
    }

    /// <summary>Human capital of residents aged 25+ of <paramref name="country"/> in a year, from the result cube.</summary>
    public static HumanCapital HumanCapital25Plus(SimulationResult result, int yearIndex, int country, EarningsModel schooling)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(schooling);
        Span<double> persons = stackalloc double[3];
        Span<double> years = stackalloc double[3];
        var cells = result.Cells[yearIndex];
        for (var e = 0; e < 3; e++)
        {
            years[e] = schooling.SchoolingYears(country, e);
            for (var s = 0; s < 2; s++)
            {
                for (var g = 5; g < ResultLayout.AgeGroups; g++)
                {
                    for (var st = 0; st < ResultLayout.Statuses; st++)
                    {
                        persons[e] += cells[ResultLayout.Cell(country, s, g, e, st) + (int)Measure.Population];
                    }
                }
            }
        }

        return HumanCapital.FromCounts(persons, years);
    }
}
