using Continuum.Core.Development;
using Continuum.Core.Engine;
using Continuum.Core.Output;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Earnings;

/// <summary>
/// Earnings and effective labour of the employed: the Mincer factor × the country's anchored earnings scale
/// (anchored per run by the account's calibration), times the integration factor the integration process left in
/// the worker's scratch. Sums labour earnings and effective labour in fixed point (<see cref="DevelopmentSums"/>)
/// and hands each person's earnings to the remittance process. Lookup tables are built once per run, so the loop
/// allocates nothing and calls no <c>Math.Exp</c>.
/// </summary>
public sealed class EarningsProcess : PersonProcess, IRunProcess
{
    private const int Ages = PopulationState.MaxAge + 1;
    private readonly DevelopmentAccount _account;
    private double[] _earningsUsd = [];
    private long[] _earningsRoundedUsd = [];
    private long[] _factorUnits = [];

    /// <summary>The earnings process of <paramref name="account"/>'s scenario (runs after its integration process).</summary>
    public EarningsProcess(DevelopmentAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        _account = account;
    }

    /// <inheritdoc/>
    public override bool RunsInHorizonYear => true;

    /// <inheritdoc/>
    public void StartRun(RunStart run) => Prepare();

    /// <inheritdoc/>
    public void EndYear(int yearIndex, SimulationResult result)
    {
    }

    /// <summary>Builds the earnings tables from the account's current calibration (what <see cref="StartRun"/> does).</summary>
    public void Prepare()
    {
        var c = _account.Parameters.Countries.Count;
        var earnings = _account.Calibration.Earnings;
        _earningsUsd = new double[c * 3 * Ages];
        _factorUnits = new long[c * 3 * Ages];
        for (var k = 0; k < c; k++)
        {
            for (var e = 0; e < 3; e++)
            {
                for (var a = 0; a < Ages; a++)
                {
                    var i = (((k * 3) + e) * Ages) + a;
                    _earningsUsd[i] = earnings.AnnualEarningsUsd(k, e, a);
                    _factorUnits[i] = (long)Math.Round(earnings.RelativeFactor(k, e, a) * DevelopmentSums.FactorUnits);
                }
            }
        }

        _earningsRoundedUsd = Array.ConvertAll(_earningsUsd, x => (long)Math.Round(x));
    }

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events)
    {
        ArgumentNullException.ThrowIfNull(year);
        Accumulate(state, start, end, year.Year, _account.Worker(sums));
    }

    /// <summary>Adds the earnings of the employed persons of slots [start, end) in <paramref name="year"/> (ages are year − birth year).</summary>
    /// <param name="state">The persons.</param>
    /// <param name="start">First slot.</param>
    /// <param name="end">One past the last slot.</param>
    /// <param name="year">Calendar year.</param>
    /// <param name="worker">The worker's sums and scratch (integration factors of the chunk already written).</param>
    public void Accumulate(PopulationState state, int start, int end, int year, DevelopmentWorker worker)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(worker);
        var factors = worker.IntegrationFactor;
        var earningsUsd = worker.EarningsUsd;
        var sums = worker.Sums;
        for (var i = start; i < end; i++)
        {
            if (state.Alive[i] == 0 || state.Labour[i] != (byte)LabourStatus.Employed)
            {
                continue;
            }

            int r = state.Residence[i], e = state.Education[i];
            var age = Math.Min(Ages - 1, year - state.BirthYear[i]);
            long w = state.Weight[i];
            var cell = (((r * 3) + e) * Ages) + age;
            var factor = factors[i - start];
            var earnings = _earningsUsd[cell] * factor;
            earningsUsd[i - start] = earnings;
            if (factor == 1)
            {
                // Most workers: the rounded tables give exactly what rounding earnings × 1 would.
                sums.EarningsUsd[r] += w * _earningsRoundedUsd[cell];
                sums.EffectiveLabour[r] += w * _factorUnits[cell];
            }
            else
            {
                sums.EarningsUsd[r] += w * (long)Math.Round(earnings);
                sums.EffectiveLabour[r] += w * (long)Math.Round(_factorUnits[cell] * factor);
            }
        }
    }
}
