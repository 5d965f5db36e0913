using System.Collections.Concurrent;
using Continuum.Core.Engine;
using Continuum.Core.Output;

namespace Continuum.Core.Development;

/// <summary>
/// The run-level side of one scenario's development processes (integration, earnings, remittances): it holds
/// their immutable parameters, calibrates on the base population when a replicate starts (so the processes can
/// build their per-run tables), keeps every worker's sums and scratch, and moves the sums into the run's
/// <see cref="DevelopmentResult"/> at the end of each year (integers: the order of addition does not matter).
/// A pipeline may carry two accounts over the same persons (a paired comparison): the first reports into
/// <see cref="SimulationResult.Development"/>, the other keeps its own <see cref="Result"/>.
/// </summary>
public sealed class DevelopmentAccount : IRunProcess
{
    private readonly ConcurrentDictionary<WorkerAccumulator, DevelopmentWorker> _workers = new();
    private DevelopmentResult? _result;

    /// <summary>An account for validated <paramref name="parameters"/> (levers applied).</summary>
    /// <param name="parameters">The scenario's development parameters.</param>
    /// <param name="reportsInRun">True to set the run's <see cref="SimulationResult.Development"/> to this account's result.</param>
    public DevelopmentAccount(DevelopmentParameters parameters, bool reportsInRun)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        ReportsInRun = reportsInRun;
    }

    /// <summary>The parameters (immutable for the account's lifetime).</summary>
    public DevelopmentParameters Parameters { get; }

    /// <summary>True when the account's result is the run's <see cref="SimulationResult.Development"/>.</summary>
    public bool ReportsInRun { get; }

    /// <summary>The development result of the current replicate.</summary>
    public DevelopmentResult Result => _result ?? throw new InvalidOperationException("the development account has not started a run");

    /// <summary>The current replicate's calibration.</summary>
    public CalibratedDevelopment Calibration => Result.Calibration;

    /// <summary>The current replicate's key of the persistent integration draw (<see cref="DrawStream.Integration"/>, year 0).</summary>
    public ulong IntegrationKey { get; private set; }

    /// <inheritdoc/>
    public void StartRun(RunStart run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var dims = run.Inputs.Dimensions;
        var calibration = run.Calibration
            ?? DevelopmentCalibration.Calibrate(Parameters, run.State, dims.BaseYear, DevelopmentCalibration.EmploymentTable(run.Inputs.Labour, dims, 0));
        Start(calibration, Rng.StreamKey(run.RunKey, 0, DrawStream.Integration), dims.Years);
        if (ReportsInRun)
        {
            run.Result.Development = _result;
        }
    }

    /// <summary>Starts a replicate with a given calibration and integration key (what <see cref="StartRun"/> does after calibrating).</summary>
    /// <param name="calibration">The replicate's calibration.</param>
    /// <param name="integrationKey">The key of the persistent integration draw.</param>
    /// <param name="years">Years of the run.</param>
    public void Start(CalibratedDevelopment calibration, ulong integrationKey, int years)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        _result = new DevelopmentResult(years, Parameters.Countries.Count, calibration);
        IntegrationKey = integrationKey;
        foreach (var worker in _workers.Values)
        {
            worker.Sums.Clear();
        }
    }

    /// <summary>The development state of the engine worker that owns <paramref name="sums"/>.</summary>
    public DevelopmentWorker Worker(WorkerAccumulator sums) =>
        _workers.GetOrAdd(sums, static (_, countries) => new DevelopmentWorker(countries), Parameters.Countries.Count);

    /// <inheritdoc/>
    public void EndYear(int yearIndex, SimulationResult result)
    {
        var sums = Result.Years[yearIndex];
        foreach (var worker in _workers.Values)
        {
            sums.Add(worker.Sums);
            worker.Sums.Clear();
        }
    }
}
