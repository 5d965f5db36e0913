using Continuum.Core.Development;
using Continuum.Core.Engine;
using Continuum.Core.Output;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Remittances;

/// <summary>
/// Remittances of employed emigrants: the expected amount p(τ) × calibrated share × earnings (using the expectation
/// instead of a remit/no-remit draw keeps the mean and removes that noise), sent from the host and received by the
/// country of birth net of the corridor cost. Reads each person's earnings from the worker's scratch (written by the
/// earnings process). The shares are calibrated per run by the account; the costs are read once at construction.
/// </summary>
public sealed class RemittanceProcess : PersonProcess, IRunProcess
{
    private const int MaxDuration = Integration.IntegrationProcess.MaxDuration;
    private readonly DevelopmentAccount _account;
    private readonly int _countries;
    private readonly double[] _netShare;
    private double[] _remitUsdPerUsd = [];

    /// <summary>The remittance process of <paramref name="account"/>'s scenario (runs after its earnings process).</summary>
    public RemittanceProcess(DevelopmentAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        _account = account;
        var p = account.Parameters;
        var c = p.Countries.Count;
        _countries = c;
        _netShare = new double[c * c];
        for (var h = 0; h < c; h++)
        {
            for (var o = 0; o < c; o++)
            {
                _netShare[(h * c) + o] = 1 - p.Costs.Cost(h, o);
            }
        }
    }

    /// <inheritdoc/>
    public override bool RunsInHorizonYear => true;

    /// <inheritdoc/>
    public void StartRun(RunStart run) => Prepare();

    /// <inheritdoc/>
    public void EndYear(int yearIndex, SimulationResult result)
    {
    }

    /// <summary>Builds the amount-per-US$ table from the account's current calibration (what <see cref="StartRun"/> does).</summary>
    public void Prepare()
    {
        var c = _countries;
        var remittances = _account.Calibration.Remittances;
        _remitUsdPerUsd = new double[c * c * MaxDuration];
        for (var k = 0; k < c * c; k++)
        {
            for (var t = 0; t < MaxDuration; t++)
            {
                _remitUsdPerUsd[(k * MaxDuration) + t] = remittances.Shares[k] * remittances.RemitProbability(t);
            }
        }
    }

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events) =>
        Accumulate(state, start, end, _account.Worker(sums));

    /// <summary>Adds the remittances of the employed emigrants of slots [start, end).</summary>
    /// <param name="state">The persons.</param>
    /// <param name="start">First slot.</param>
    /// <param name="end">One past the last slot.</param>
    /// <param name="worker">The worker's sums and scratch (earnings of the chunk already written).</param>
    public void Accumulate(PopulationState state, int start, int end, DevelopmentWorker worker)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(worker);
        var earningsUsd = worker.EarningsUsd;
        var sums = worker.Sums;
        var c = _countries;
        for (var i = start; i < end; i++)
        {
            int r = state.Residence[i], b = state.BirthCountry[i];
            if (b == r || state.Alive[i] == 0 || state.Labour[i] != (byte)LabourStatus.Employed)
            {
                continue;
            }

            long w = state.Weight[i];
            var corridor = (r * c) + b;
            var sent = earningsUsd[i - start] * _remitUsdPerUsd[(corridor * MaxDuration) + state.YearsSinceMigration[i]];
            sums.RemittancesSentUsd[corridor] += w * (long)Math.Round(sent);
            sums.RemittancesReceivedUsd[corridor] += w * (long)Math.Round(sent * _netShare[corridor]);
        }
    }
}
