using Continuum.Core.Development;
using Continuum.Core.Engine;
using Continuum.Core.Population;

namespace Continuum.Core.Processes.Reintegration;

/// <summary>
/// Reintegration of employed returnees: a person back in the country of birth after living abroad earns the
/// returnee premium of that country (<see cref="ReturnPolicy.ReturneeEarningsFactor"/>), which replaces the
/// factor 1 the integration process left for them in the worker's scratch. Runs after integration and before
/// earnings; the factors are read once at construction and the loop allocates nothing.
/// </summary>
public sealed class ReintegrationProcess : PersonProcess
{
    private readonly DevelopmentAccount _account;
    private readonly double[] _returneeFactor;

    /// <summary>The reintegration process of <paramref name="account"/>'s scenario.</summary>
    public ReintegrationProcess(DevelopmentAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        _account = account;
        var p = account.Parameters;
        _returneeFactor = new double[p.Countries.Count];
        for (var k = 0; k < _returneeFactor.Length; k++)
        {
            _returneeFactor[k] = p.Return.ReturneeEarningsFactor(k);
        }
    }

    /// <inheritdoc/>
    public override bool RunsInHorizonYear => true;

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events) =>
        Accumulate(state, start, end, _account.Worker(sums));

    /// <summary>Sets the factor of every employed returnee of slots [start, end) in <paramref name="worker"/>'s scratch.</summary>
    /// <param name="state">The persons.</param>
    /// <param name="start">First slot.</param>
    /// <param name="end">One past the last slot.</param>
    /// <param name="worker">The worker's scratch (integration factors of the chunk already written).</param>
    public void Accumulate(PopulationState state, int start, int end, DevelopmentWorker worker)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(worker);
        var factors = worker.IntegrationFactor;
        for (var i = start; i < end; i++)
        {
            if (state.Status[i] == (byte)MigrationStatus.Returnee && state.Alive[i] != 0 && state.Labour[i] == (byte)LabourStatus.Employed
                && state.BirthCountry[i] == state.Residence[i])
            {
                factors[i - start] = _returneeFactor[state.Residence[i]];
            }
        }
    }
}
