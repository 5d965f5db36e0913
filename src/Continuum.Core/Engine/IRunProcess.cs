using Continuum.Core.Output;

namespace Continuum.Core.Engine;

/// <summary>
/// Per-run hooks of a pipeline step: <see cref="StartRun"/> once the base population of a replicate is built,
/// <see cref="EndYear"/> after every simulated year's parallel pass (before births and moves are applied). The
/// engine calls the hooks of every step of its <see cref="ProcessPipeline"/> in pipeline order and knows nothing
/// else about them.
/// </summary>
public interface IRunProcess
{
    /// <summary>Prepares a new replicate (calibration, per-run tables, empty results).</summary>
    void StartRun(RunStart run);

    /// <summary>Moves the workers' sums of year index <paramref name="yearIndex"/> into the run's results.</summary>
    void EndYear(int yearIndex, SimulationResult result);
}
