using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Core.Output;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Demography;

/// <summary>Mortality: a person aged x dies before the next census with probability 1 − L(x+1)/L(x) of the
/// country of residence, year and sex (<see cref="DemographyRates.DeathProbability"/>).</summary>
public sealed class MortalityProcess : PersonProcess
{
    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(sums);
        var q = year.Inputs.Demography.DeathProbability;
        var years = year.Inputs.Dimensions.Years;
        var key = year.Stream(DrawStream.Mortality);
        var cells = sums.Cells;
        for (var i = start; i < end; i++)
        {
            if (state.Alive[i] == 0)
            {
                continue;
            }

            var age = year.Year - state.BirthYear[i];
            var sex = state.Sex[i];
            var r = state.Residence[i];
            var dies = age >= PopulationState.MaxAge ||
                       Rng.Uniform(key, state.Key[i]) < q[(((((r * years) + year.YearIndex) * 2) + sex) * Dimensions.Ages) + age];
            if (!dies)
            {
                continue;
            }

            state.Alive[i] = 0;
            sums.DeathSlots++;
            var cell = ResultLayout.Cell(r, sex, ResultLayout.AgeGroup(age), state.Education[i], state.Status[i]);
            cells[cell + (int)Measure.Deaths] += state.Weight[i];
        }
    }
}
