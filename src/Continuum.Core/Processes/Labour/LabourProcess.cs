using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Labour;

/// <summary>
/// Labour: each year a resident aged 15–64 joins the labour force with the participation probability of
/// the country, year and sex, and is employed with 1 − the unemployment rate, times the immigrant
/// employment ratio by years since landing for the foreign-born. Everyone else is inactive.
/// </summary>
public sealed class LabourProcess : PersonProcess
{
    /// <summary>Youngest working age.</summary>
    public const int MinAge = 15;

    /// <summary>Oldest working age.</summary>
    public const int MaxAge = 64;

    /// <inheritdoc/>
    public override bool RunsInHorizonYear => true;

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(year);
        var rates = year.Inputs.Labour;
        var years = year.Inputs.Dimensions.Years;
        var lfKey = year.Stream(DrawStream.LabourForce);
        var empKey = year.Stream(DrawStream.Employment);
        for (var i = start; i < end; i++)
        {
            var age = year.Year - state.BirthYear[i];
            if (state.Alive[i] == 0 || age < MinAge || age > MaxAge)
            {
                state.Labour[i] = (byte)LabourStatus.Inactive;
                continue;
            }

            var k = (((state.Residence[i] * years) + year.YearIndex) * 2) + state.Sex[i];
            var key = state.Key[i];
            if (Rng.Uniform(lfKey, key) >= rates.ParticipationProbability[k])
            {
                state.Labour[i] = (byte)LabourStatus.Inactive;
                continue;
            }

            var pEmployed = rates.EmploymentProbability[k];
            if (state.BirthCountry[i] != state.Residence[i])
            {
                var ysm = state.YearsSinceMigration[i];
                pEmployed *= rates.ImmigrantEmploymentRatio[ysm < 5 ? 0 : ysm < 10 ? 1 : 2];
            }

            state.Labour[i] = Rng.Uniform(empKey, key) < pEmployed ? (byte)LabourStatus.Employed : (byte)LabourStatus.Unemployed;
        }
    }
}
