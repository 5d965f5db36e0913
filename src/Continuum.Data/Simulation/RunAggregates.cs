using Continuum.Core.Output;

namespace Continuum.Data.Simulation;

/// <summary>Turns a replicate's result cube into <see cref="CountryYear"/> rows, in a stable order (year, then country).</summary>
public static class RunAggregates
{
    /// <summary>Rows for every year and country of <paramref name="result"/>.</summary>
    public static List<CountryYear> CountryYears(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var dims = result.Dimensions;
        var rows = new List<CountryYear>(dims.Years * dims.CountryCount);
        for (var y = 0; y < dims.Years; y++)
        {
            for (var c = 0; c < dims.CountryCount; c++)
            {
                rows.Add(Row(result, y, c));
            }
        }

        return rows;
    }

    private static CountryYear Row(SimulationResult result, int y, int c)
    {
        var dims = result.Dimensions;
        var cells = result.Cells[y];
        long workingAge = 0, foreign = 0, adults = 0, tertiary = 0;
        for (var s = 0; s < 2; s++)
        {
            for (var g = 0; g < ResultLayout.AgeGroups; g++)
            {
                for (var e = 0; e < ResultLayout.EducationLevels; e++)
                {
                    for (var m = 0; m < ResultLayout.Statuses; m++)
                    {
                        var pop = cells[ResultLayout.Cell(c, s, g, e, m) + (int)Measure.Population];
                        workingAge += g is >= 3 and <= 12 ? pop : 0;
                        foreign += m == 1 ? pop : 0;
                        adults += g >= 5 ? pop : 0;
                        tertiary += g >= 5 && e == 2 ? pop : 0;
                    }
                }
            }
        }

        long abroad = 0;
        for (var r = 0; r < dims.CountryCount; r++)
        {
            abroad += r == c ? 0 : result.CorridorStock[y][(c * dims.CountryCount) + r];
        }

        double T(Measure m) => SimulationResult.Persons(result.Total(y, c, m));
        return new CountryYear(result.Replicate, dims.BaseYear + y, dims.Countries[c], T(Measure.Population), SimulationResult.Persons(workingAge),
            T(Measure.Births), T(Measure.Deaths), T(Measure.Emigrants), T(Measure.Immigrants), T(Measure.Returns), T(Measure.LabourForce),
            T(Measure.Employed), SimulationResult.Persons(foreign), SimulationResult.Persons(abroad), adults > 0 ? tertiary / (double)adults : 0);
    }
}
