using Continuum.Core.Engine;
using Continuum.Core.Population;

namespace Continuum.Core.Processes;

/// <summary>
/// One life-course process applied to a chunk of persons in one simulated year. Implementations loop over
/// the slots [start, end) with no allocation; they may read any attribute, write the attributes they own,
/// add to the worker's sums and record births or moves. A new process is a new subclass added to
/// <see cref="Engine.ProcessPipeline"/>; one that needs work per run (calibration, per-run tables, moving its sums
/// into the result each year) also implements <see cref="Engine.IRunProcess"/>.
/// </summary>
public abstract class PersonProcess
{
    /// <summary>True when the process also runs in the horizon year (census-time processes).</summary>
    public virtual bool RunsInHorizonYear => false;

    /// <summary>Applies the process to slots [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public abstract void Apply(PopulationState state, int start, int end, YearContext year, WorkerAccumulator sums, ChunkEvents events);
}
