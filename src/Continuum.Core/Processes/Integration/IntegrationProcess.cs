using Continuum.Core.Development;
using Continuum.Core.Engine;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Integration;

/// <summary>
/// Integration and credential recognition of employed immigrants: the earnings factor of each employed person
/// relative to the Mincer profile. A tertiary immigrant works below skill level when a persistent per-person draw
/// (same key in every year) falls under the underemployment probability of the corridor and the years since landing
/// (which only falls with time, so a person once at skill level stays there) and then earns the penalty factor;
/// everyone else has factor 1 here (the reintegration process then sets returnees' premium). Counts the employed
/// tertiary immigrants and the underemployed, and hands the factor on through the worker's scratch. Parameters
/// are read once at construction; the loop allocates nothing.
/// </summary>
public sealed class IntegrationProcess : PersonProcess
{
    /// <summary>Years since landing covered by the tables (the state stores them in a byte).</summary>
    public const int MaxDuration = 256;

    private readonly DevelopmentAccount _account;
    private readonly int _countries;
    private readonly double[] _underemployment;
    private readonly double[] _penaltyFactor;

    /// <summary>The integration process of <paramref name="account"/>'s scenario.</summary>
    public IntegrationProcess(DevelopmentAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        _account = account;
        var p = account.Parameters;
        var c = p.Countries.Count;
        _countries = c;
        _underemployment = new double[c * c * MaxDuration];
        for (var h = 0; h < c; h++)
        {
            for (var o = 0; o < c; o++)
            {
                for (var t = 0; t < MaxDuration; t++)
                {
                    _underemployment[(((h * c) + o) * MaxDuration) + t] = h == o ? 0 : p.Recognition.UnderemploymentProbability(h, o, t);
                }
            }
        }

        _penaltyFactor = [1, 1 - p.Recognition.EarningsPenalty];
    }

    /// <inheritdoc/>
    public override bool RunsInHorizonYear => true;

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events) =>
        Accumulate(state, start, end, _account.IntegrationKey, _account.Worker(sums));

    /// <summary>Writes the factor of every employed person of slots [start, end) into <paramref name="worker"/>'s scratch and counts underemployment.</summary>
    /// <param name="state">The persons.</param>
    /// <param name="start">First slot.</param>
    /// <param name="end">One past the last slot.</param>
    /// <param name="integrationKey">The run's persistent integration stream key.</param>
    /// <param name="worker">The worker's sums and scratch.</param>
    public void Accumulate(PopulationState state, int start, int end, ulong integrationKey, DevelopmentWorker worker)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(worker);
        worker.EnsureScratch(end - start);
        var factors = worker.IntegrationFactor;
        var sums = worker.Sums;
        for (var i = start; i < end; i++)
        {
            if (state.Alive[i] == 0 || state.Labour[i] != (byte)LabourStatus.Employed)
            {
                continue;
            }

            factors[i - start] = Factor(state, i, integrationKey, sums);
        }
    }

    private double Factor(PopulationState state, int i, ulong integrationKey, DevelopmentSums sums)
    {
        int r = state.Residence[i], b = state.BirthCountry[i];
        if (b == r || state.Education[i] != (byte)EducationLevel.Tertiary)
        {
            return 1;
        }

        long w = state.Weight[i];
        var p = _underemployment[(((r * _countries) + b) * MaxDuration) + state.YearsSinceMigration[i]];
        var under = Rng.Uniform(integrationKey, state.Key[i]) < p ? 1 : 0;
        sums.TertiaryImmigrantsEmployed[r] += w;
        sums.Underemployed[r] += w * under;
        return _penaltyFactor[under];
    }
}
