using Continuum.Core.Engine;

namespace Continuum.Core.Tests;

/// <summary>The hot loop allocates nothing: steady-state simulated years on one thread allocate 0 bytes.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void StepYear_SteadyStateOneThread_AllocatesNothing()
    {
        // Equal weights per person in all countries keep the number of persons steady (a heavy
        // person's moves split off new persons). The event buffers grow (doubling) until they fit the busiest chunk, and the state was reserved at
        // 1.5× the base population; after the warm-up years no simulated year may allocate. All work runs on
        // this thread with one worker, so the per-thread counter sees every allocation of the engine.
        using var simulation = new Simulation(SyntheticInputs.Create(5, years: 12, weights: [256 * 10, 256 * 10, 256 * 10]), threads: 1, chunkSize: 1024);
        simulation.Start(0);
        for (var y = 0; y < 6; y++)
        {
            simulation.StepYear();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var y = 0; y < 3; y++)
        {
            simulation.StepYear();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
