using System.Collections.Concurrent;
using Continuum.Core.Engine;
using Continuum.Core.Inputs;
using Continuum.Core.Population;
using Continuum.Core.Processes;

namespace Continuum.Core.Development;

/// <summary>
/// The development step in the engine's pipeline, placed after labour: integration (skill-level employment),
/// earnings, effective labour and remittances of every employed person (<see cref="DevelopmentKernel"/>).
/// <see cref="StartRun"/> calibrates on the base population; <see cref="EndYear"/> adds the workers' integer sums
/// into the run's <see cref="DevelopmentResult"/> (the order of addition does not matter for integers).
/// </summary>
public sealed class DevelopmentProcess : PersonProcess
{
    /// <summary>The draw stream of the persistent per-person integration draw (same key in every year).</summary>
    public const DrawStream IntegrationStream = DrawStream.Integration;

    private readonly DevelopmentParameters _parameters;
    private readonly ConcurrentDictionary<WorkerAccumulator, DevelopmentSums> _byWorker = new();
    private DevelopmentKernel? _kernel;
    private ulong _integrationKey;

    /// <summary>A process for validated <paramref name="parameters"/> (levers applied).</summary>
    public DevelopmentProcess(DevelopmentParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters;
    }

    /// <inheritdoc/>
    public override bool RunsInHorizonYear => true;

    /// <summary>Calibrates on the base population of a new replicate and returns its empty result.</summary>
    /// <param name="state">The base population.</param>
    /// <param name="inputs">The run's inputs.</param>
    /// <param name="runKey">The run key.</param>
    /// <param name="calibration">A calibration to use instead (made on the same base population; see <see cref="Engine.Simulation.RunWithoutBase"/>).</param>
    public DevelopmentResult StartRun(PopulationState state, SimulationInputs inputs, ulong runKey, CalibratedDevelopment? calibration = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var dims = inputs.Dimensions;
        calibration ??= DevelopmentCalibration.Calibrate(_parameters, state, dims.BaseYear, DevelopmentCalibration.EmploymentTable(inputs.Labour, dims, 0));
        _kernel = calibration.Kernel(_parameters);
        _integrationKey = Rng.StreamKey(runKey, 0, IntegrationStream);
        foreach (var sums in _byWorker.Values)
        {
            sums.Clear();
        }

        return new DevelopmentResult(dims.Years, dims.CountryCount, calibration);
    }

    /// <inheritdoc/>
    public override void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(sums);
        var mine = _byWorker.GetOrAdd(sums, static (_, countries) => new DevelopmentSums(countries), _parameters.Countries.Count);
        _kernel!.Accumulate(state, start, end, year.Year, _integrationKey, mine);
    }

    /// <summary>Moves every worker's sums of the year into <paramref name="result"/> and clears them.</summary>
    public void EndYear(int yearIndex, DevelopmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var sums in _byWorker.Values)
        {
            result.Years[yearIndex].Add(sums);
            sums.Clear();
        }
    }
}
