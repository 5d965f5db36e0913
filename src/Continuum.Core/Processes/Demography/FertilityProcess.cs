using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Demography;

/// <summary>Fertility: a surviving woman aged 15–49 gives birth with the age-specific fertility rate of her
/// country of residence and year. The birth is recorded; the newborn is created after the parallel pass.</summary>
public sealed class FertilityProcess : PersonProcess
{
    /// <summary>Youngest age at the census with a non-zero birth rate.</summary>
    public const int MinAge = 14;

    /// <summary>Oldest age at the census with a non-zero birth rate.</summary>
    public const int MaxAge = 49;

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(events);
        var f = year.Inputs.Demography.BirthProbability;
        var years = year.Inputs.Dimensions.Years;
        var key = year.Stream(DrawStream.Fertility);
        for (var i = start; i < end; i++)
        {
            if (state.Sex[i] != 0 || state.Alive[i] == 0)
            {
                continue;
            }

            var age = year.Year - state.BirthYear[i];
            if (age < MinAge || age > MaxAge)
            {
                continue;
            }

            var p = f[(((state.Residence[i] * years) + year.YearIndex) * Dimensions.Ages) + age];
            if (Rng.Uniform(key, state.Key[i]) < p)
            {
                events.AddBirth(i);
            }
        }
    }
}
