using System.Globalization;
using Continuum.Models.LifeTables;
using Continuum.Models.Projection;

namespace Continuum.Models.HostEconomy;

/// <summary>
/// The labour-supply input of <see cref="HostEconomyModel"/>: the base population by year, sex and single
/// year of age (persons on 1 July, ages 0..99 and 100+), and optionally the extra immigrants' contribution
/// from outside (<see cref="ExternalExtra"/>); without it the model simulates the extra cohorts itself.
/// Immutable.
/// </summary>
public sealed class LabourInput
{
    private readonly double[] _population;

    /// <summary>Creates the input from <paramref name="populationByYear"/>[year][sex][age] (101 ages), persons.</summary>
    public LabourInput(int firstYear, IReadOnlyList<double[][]> populationByYear, ExtraLabourSeries? externalExtra = null)
    {
        ArgumentNullException.ThrowIfNull(populationByYear);
        FirstYear = firstYear;
        Years = populationByYear.Count;
        _population = new double[Years * 2 * LifeTable.SingleYearAgeCount];
        for (var y = 0; y < Years; y++)
        {
            for (var s = 0; s < 2; s++)
            {
                var cells = populationByYear[y][s];
                if (cells.Length != LifeTable.SingleYearAgeCount)
                {
                    throw new InputException(string.Create(CultureInfo.InvariantCulture, $"year {firstYear + y} has {cells.Length} ages, expected 101"), field: "population");
                }

                foreach (var v in cells)
                {
                    Require.NonNegative(v, "population");
                }

                cells.CopyTo(_population, ((y * 2) + s) * LifeTable.SingleYearAgeCount);
            }
        }

        ExternalExtra = externalExtra?.Validate(Years);
    }

    /// <summary>The first year held (the model's start year).</summary>
    public int FirstYear { get; }

    /// <summary>Number of years held.</summary>
    public int Years { get; }

    /// <summary>The extra immigrants' labour from outside, or null to simulate it.</summary>
    public ExtraLabourSeries? ExternalExtra { get; }

    /// <summary>Base population of <paramref name="sex"/> by single age in year index <paramref name="yearIndex"/>, persons.</summary>
    public ReadOnlySpan<double> Population(int yearIndex, Sex sex) =>
        _population.AsSpan(((yearIndex * 2) + (int)sex) * LifeTable.SingleYearAgeCount, LifeTable.SingleYearAgeCount);

    /// <summary>The base population from years <paramref name="firstYear"/>.. of a 1-year-step projection.</summary>
    public static LabourInput FromProjection(ProjectionResult result, int firstYear, int years, ExtraLabourSeries? externalExtra = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Step != ProjectionStep.OneYear)
        {
            throw new InputException("the labour input needs a projection in 1-year steps", field: "step");
        }

        var start = result.YearIndex(firstYear);
        _ = result.YearIndex(firstYear + years - 1);
        var byYear = Enumerable.Range(start, years)
            .Select(i => new[] { result.SingleYearAges(i, Sex.Female), result.SingleYearAges(i, Sex.Male) })
            .ToList();
        return new LabourInput(firstYear, byYear, externalExtra);
    }

    /// <summary>The same base population with <paramref name="extra"/> as the external extra labour.</summary>
    public LabourInput WithExternalExtra(ExtraLabourSeries extra)
    {
        var byYear = Enumerable.Range(0, Years).Select(y => new[] { Population(y, Sex.Female).ToArray(), Population(y, Sex.Male).ToArray() }).ToList();
        return new LabourInput(FirstYear, byYear, extra);
    }
}
