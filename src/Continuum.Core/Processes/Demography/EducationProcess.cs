using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Demography;

/// <summary>
/// Education: at 15 a person draws the level they will have completed by 25 from the Barro–Lee shares of
/// their country of residence, cohort and sex (<see cref="EducationRates.CohortShares"/>).
/// </summary>
public sealed class EducationProcess : PersonProcess
{
    /// <summary>Age at which attainment is drawn.</summary>
    public const int DrawAge = 15;

    /// <inheritdoc/>
    public override bool RunsInHorizonYear => true;

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(year);
        var shares = year.Inputs.Education.CohortShares;
        var key = year.Stream(DrawStream.Education);
        var birthYear = state.BirthYear;
        var cohort = (short)(year.Year - DrawAge);
        for (var i = start; i < end; i++)
        {
            if (birthYear[i] != cohort || state.Alive[i] == 0)
            {
                continue;
            }

            var offset = ((state.Residence[i] * 2) + state.Sex[i]) * Dimensions.EducationLevels;
            state.Education[i] = EducationRates.Draw(shares, offset, Rng.Uniform(key, state.Key[i]));
        }
    }
}
