using Continuum.Core.Development;
using Continuum.Core.Population;
using Continuum.Core.Processes.Earnings;
using Continuum.Core.Processes.Integration;
using Continuum.Core.Processes.Reintegration;
using Continuum.Core.Processes.Remittances;

namespace Continuum.Core.Processes;

/// <summary>
/// One scenario's development processes (integration → reintegration → earnings → remittances) run outside the engine over a
/// range of slots, with a given calibration: for base-year checks of the calibration and for tests. Inside a run
/// the engine applies the same process objects chunk by chunk (<see cref="Engine.ProcessPipeline.Default"/>).
/// </summary>
public sealed class DevelopmentSteps
{
    private readonly DevelopmentAccount _account;
    private readonly IntegrationProcess _integration;
    private readonly ReintegrationProcess _reintegration;
    private readonly EarningsProcess _earnings;
    private readonly RemittanceProcess _remittances;

    /// <summary>The steps of <paramref name="parameters"/> with <paramref name="calibration"/> and the persistent integration draw of <paramref name="integrationKey"/>.</summary>
    public DevelopmentSteps(DevelopmentParameters parameters, CalibratedDevelopment calibration, ulong integrationKey)
    {
        _account = new DevelopmentAccount(parameters, reportsInRun: false);
        _account.Start(calibration, integrationKey, years: 1);
        _integration = new IntegrationProcess(_account);
        _reintegration = new ReintegrationProcess(_account);
        _earnings = new EarningsProcess(_account);
        _remittances = new RemittanceProcess(_account);
        _earnings.Prepare();
        _remittances.Prepare();
    }

    /// <summary>Adds the employed persons of slots [<paramref name="start"/>, <paramref name="end"/>) in calendar <paramref name="year"/> to <paramref name="sums"/>.</summary>
    public void Accumulate(PopulationState state, int start, int end, int year, DevelopmentSums sums)
    {
        var worker = new DevelopmentWorker(sums);
        _integration.Accumulate(state, start, end, _account.IntegrationKey, worker);
        _reintegration.Accumulate(state, start, end, worker);
        _earnings.Accumulate(state, start, end, year, worker);
        _remittances.Accumulate(state, start, end, worker);
    }
}
