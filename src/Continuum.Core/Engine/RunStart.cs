using Continuum.Core.Development;
using Continuum.Core.Inputs;
using Continuum.Core.Output;
using Continuum.Core.Population;

namespace Continuum.Core.Engine;

/// <summary>What a step's <see cref="IRunProcess.StartRun"/> sees of a new replicate.</summary>
/// <param name="State">The base population (empty for <see cref="Simulation.RunWithoutBase"/>).</param>
/// <param name="Inputs">The run's inputs.</param>
/// <param name="RunKey">Key of (seed, replicate).</param>
/// <param name="Result">The replicate's result, still empty.</param>
/// <param name="Calibration">
/// A development calibration made on the full base population, to use instead of calibrating on <paramref name="State"/>
/// (set by <see cref="Simulation.RunWithoutBase"/>; null otherwise).
/// </param>
public sealed record RunStart(PopulationState State, SimulationInputs Inputs, ulong RunKey, SimulationResult Result, CalibratedDevelopment? Calibration);
