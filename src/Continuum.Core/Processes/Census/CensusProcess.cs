using Continuum.Core.Engine;
using Continuum.Core.Output;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Census;

/// <summary>The census of the year: adds every live person's weight to their cell (population, labour force,
/// employed) and to the corridor stock of (country of birth, country of residence).</summary>
public sealed class CensusProcess : PersonProcess
{
    /// <inheritdoc/>
    public override bool RunsInHorizonYear => true;

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(sums);
        var cells = sums.Cells;
        var stock = sums.CorridorStock;
        var countries = year.Inputs.Dimensions.CountryCount;
        long visited = 0;
        for (var i = start; i < end; i++)
        {
            if (state.Alive[i] == 0)
            {
                continue;
            }

            visited++;
            long w = state.Weight[i];
            var r = state.Residence[i];
            var cell = ResultLayout.Cell(r, state.Sex[i], ResultLayout.AgeGroup(year.Year - state.BirthYear[i]), state.Education[i], state.Status[i]);
            cells[cell + (int)Measure.Population] += w;
            var labour = state.Labour[i];
            if (labour != (byte)LabourStatus.Inactive)
            {
                cells[cell + (int)Measure.LabourForce] += w;
                if (labour == (byte)LabourStatus.Employed)
                {
                    cells[cell + (int)Measure.Employed] += w;
                }
            }

            stock[(state.BirthCountry[i] * countries) + r] += w;
        }

        sums.PersonYears += visited;
    }
}
