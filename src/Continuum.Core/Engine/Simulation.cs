using Continuum.Core.Inputs;
using Continuum.Core.Output;
using Continuum.Core.Population;
using Continuum.Core.Processes;

namespace Continuum.Core.Engine;

/// <summary>
/// Runs one replicate: builds the base population, then for each year from the base year to the horizon
/// runs the process pipeline (<see cref="ProcessPipeline"/>) over chunks of persons in parallel, sums the workers'
/// integer tables, calls the pipeline's per-run hooks (<see cref="IRunProcess"/>), and applies births and moves in
/// chunk order. Results are bit-identical for any thread count.
/// </summary>
public sealed class Simulation : IDisposable
{
    /// <summary>Default persons per chunk: the unit of parallel work.</summary>
    public const int DefaultChunkSize = 16384;

    private readonly SimulationInputs _inputs;
    private readonly WorkerPool _pool;
    private readonly PersonProcess[] _processes;
    private readonly IRunProcess[] _runHooks;
    private readonly WorkerAccumulator[] _sums;
    private readonly EventApplier _applier;
    private readonly Action<int, int> _chunkWork;
    private readonly int _chunkSize;
    private ChunkEvents[] _events = [];
    private PopulationState _state = new(0);
    private YearContext _year = null!;
    private SimulationResult _result = null!;
    private int _nextYear;
    private int _dead;

    /// <summary>Prepares a run of <paramref name="inputs"/> with the standard pipeline (<see cref="ProcessPipeline.Default"/>).</summary>
    /// <param name="inputs">Validated inputs.</param>
    /// <param name="threads">Worker threads (results do not depend on it).</param>
    /// <param name="chunkSize">Persons per unit of parallel work (results do not depend on it either).</param>
    public Simulation(SimulationInputs inputs, int threads, int chunkSize = DefaultChunkSize)
        : this(inputs, ProcessPipeline.Default(inputs ?? throw new ArgumentNullException(nameof(inputs))), threads, chunkSize)
    {
    }

    /// <summary>Prepares a run of <paramref name="inputs"/> through <paramref name="pipeline"/> on <paramref name="threads"/> threads.</summary>
    /// <param name="inputs">Validated inputs.</param>
    /// <param name="pipeline">The processes and their per-run hooks (not shared with another simulation).</param>
    /// <param name="threads">Worker threads (results do not depend on it).</param>
    /// <param name="chunkSize">Persons per unit of parallel work (results do not depend on it either).</param>
    public Simulation(SimulationInputs inputs, ProcessPipeline pipeline, int threads, int chunkSize = DefaultChunkSize)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _chunkSize = chunkSize;
        Validate(inputs);
        _inputs = inputs;
        _pool = new WorkerPool(threads);
        _processes = [.. pipeline.Processes];
        _runHooks = [.. pipeline.RunHooks];
        var layout = new ResultLayout(inputs.Dimensions.CountryCount);
        _sums = new WorkerAccumulator[threads];
        for (var t = 0; t < threads; t++)
        {
            _sums[t] = new WorkerAccumulator(layout, inputs.Dimensions.CountryCount);
        }

        _applier = new EventApplier(inputs);
        _chunkWork = RunChunk;
    }

    /// <summary>The result of the current run (complete once <see cref="StepYear"/> returns false).</summary>
    public SimulationResult Result => _result;

    /// <summary>The person state (for tests and diagnostics), valid after <see cref="Run"/>.</summary>
    public PopulationState State => _state;

    /// <summary>
    /// Checks <paramref name="inputs"/> as the constructor does before a run: throws an <see cref="InputException"/>
    /// naming the lever when the levers push a yearly move probability outside [0, 1].
    /// </summary>
    public static void Validate(SimulationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        LeverCheck.Validate(inputs);
    }

    /// <summary>Runs replicate <paramref name="replicate"/>; <paramref name="progress"/> gets each finished year.</summary>
    public SimulationResult Run(int replicate, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        Start(replicate);
        while (_nextYear <= _inputs.Dimensions.HorizonYear)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var year = _nextYear;
            StepYear();
            progress?.Report(year);
        }

        return _result;
    }

    /// <summary>
    /// Runs replicate <paramref name="replicate"/> without the base population: only the persons that the inputs'
    /// extra admissions add, and their descendants. With no admission caps every sum of a run is the sum over its
    /// persons, so a full run with extra admissions equals, integer for integer, the run without them plus this one;
    /// <paramref name="calibration"/> (from the full run's base population) replaces the development calibration
    /// (every hook sees it in <see cref="RunStart.Calibration"/>).
    /// </summary>
    public SimulationResult RunWithoutBase(int replicate, Development.CalibratedDevelopment calibration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        Start(replicate, calibration);
        while (StepYear())
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return _result;
    }

    /// <summary>Builds the base population of <paramref name="replicate"/>; then call <see cref="StepYear"/> per year.</summary>
    public void Start(int replicate) => Start(replicate, null);

    private void Start(int replicate, Development.CalibratedDevelopment? withoutBase)
    {
        var runKey = Rng.RunKey(_inputs.Seed, replicate);
        _result = new SimulationResult(_inputs.Dimensions, replicate);
        _year = new YearContext(_inputs, runKey);
        _state = new PopulationState(1024);
        if (withoutBase is null)
        {
            BasePopulationBuilder.Build(_inputs, runKey, _state);
        }

        var run = new RunStart(_state, _inputs, runKey, _result, withoutBase);
        foreach (var hook in _runHooks)
        {
            hook.StartRun(run);
        }

        _state.Reserve(_state.Count + (_state.Count / 2));
        EnsureChunkBuffers((_state.Capacity / _chunkSize) + 1);
        _nextYear = _inputs.Dimensions.BaseYear;
        _result.PeakPersons = _state.Count;
    }

    /// <summary>Simulates the next year (census, then events unless it is the horizon); false when the run is complete.</summary>
    public bool StepYear()
    {
        if (_nextYear > _inputs.Dimensions.HorizonYear)
        {
            return false;
        }

        _result.PersonYears += Step(_nextYear, _result);
        _result.PeakPersons = Math.Max(_result.PeakPersons, _state.Count);
        _result.StateBytes = (long)_state.Capacity * PopulationState.BytesPerSlot;
        _nextYear++;
        return true;
    }

    /// <summary>Stops the worker threads.</summary>
    public void Dispose() => _pool.Dispose();

    private long Step(int year, SimulationResult result)
    {
        _year.SetYear(year);
        var chunkCount = (_state.Count + _chunkSize - 1) / _chunkSize;
        EnsureChunkBuffers(chunkCount);
        foreach (var sums in _sums)
        {
            sums.Clear();
        }

        _pool.Run(chunkCount, _chunkWork);
        long personYears = 0;
        var y = _year.YearIndex;
        foreach (var sums in _sums)
        {
            AddInto(result.Cells[y], sums.Cells);
            AddInto(result.CorridorStock[y], sums.CorridorStock);
            AddInto(result.ExpectedLeaving[y], sums.ExpectedLeaving);
            AddInto(result.ExpectedReturns[y], sums.ExpectedReturns);
            personYears += sums.PersonYears;
        }

        foreach (var hook in _runHooks)
        {
            hook.EndYear(y, result);
        }

        if (!_year.IsHorizon)
        {
            _applier.Apply(_state, _events, chunkCount, _year, result);
            foreach (var extra in _inputs.ExtraAdmissions)
            {
                extra.AddYear(_state, year, _year.RunKey, _inputs.Base.WeightUnits[extra.Host]);
            }

            CompactIfWorthIt();
        }

        return personYears;
    }

    /// <summary>Removes dead slots once they are an eighth of the state (a sequential pass, so not every year).</summary>
    private void CompactIfWorthIt()
    {
        foreach (var sums in _sums)
        {
            _dead += sums.DeathSlots;
        }

        if (_dead * 8L > _state.Count)
        {
            _state.Compact();
            _dead = 0;
        }
    }

    private void RunChunk(int worker, int chunk)
    {
        var start = chunk * _chunkSize;
        var end = Math.Min(start + _chunkSize, _state.Count);
        var events = _events[chunk];
        events.Clear();
        var sums = _sums[worker];
        foreach (var process in _processes)
        {
            if (!_year.IsHorizon || process.RunsInHorizonYear)
            {
                process.Apply(_state, start, end, _year, sums, events);
            }
        }
    }

    private void EnsureChunkBuffers(int chunkCount)
    {
        if (_events.Length >= chunkCount)
        {
            return;
        }

        var old = _events.Length;
        Array.Resize(ref _events, Math.Max(chunkCount, old * 2));
        for (var k = old; k < _events.Length; k++)
        {
            _events[k] = new ChunkEvents(_chunkSize / 4);
        }
    }

    private static void AddInto(long[] target, long[] source)
    {
        for (var k = 0; k < source.Length; k++)
        {
            target[k] += source[k];
        }
    }
}
