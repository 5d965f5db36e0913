using Continuum.Core.Inputs;
using Continuum.Core.Output;
using Continuum.Core.Population;
using Continuum.Core.Processes;

namespace Continuum.Core.Engine;

/// <summary>
/// Runs one replicate: builds the base population, then for each year from the base year to the horizon
/// runs the process pipeline over chunks of persons in parallel, sums the workers' integer tables, and
/// applies births and moves in chunk order. Results are bit-identical for any thread count.
/// </summary>
public sealed class Simulation : IDisposable
{
    /// <summary>Default persons per chunk: the unit of parallel work.</summary>
    public const int DefaultChunkSize = 16384;

    private readonly SimulationInputs _inputs;
    private readonly WorkerPool _pool;
    private readonly PersonProcess[] _pipeline;
    private readonly Development.DevelopmentProcess? _development;
    private readonly Development.DevelopmentProcess? _paired;
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

    /// <summary>Prepares a run of <paramref name="inputs"/> on <paramref name="threads"/> threads.</summary>
    /// <param name="inputs">Validated inputs.</param>
    /// <param name="threads">Worker threads (results do not depend on it).</param>
    /// <param name="chunkSize">Persons per unit of parallel work (results do not depend on it either).</param>
    /// <param name="pairedDevelopment">
    /// Optional development parameters of a second scenario whose engine inputs equal <paramref name="inputs"/>: its
    /// development step runs on the same persons right after the first one and reports in <see cref="PairedDevelopment"/>
    /// (the persons are the same, so this equals running that scenario on its own; one engine pass serves both).
    /// </param>
    public Simulation(SimulationInputs inputs, int threads, int chunkSize = DefaultChunkSize, Development.DevelopmentParameters? pairedDevelopment = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _chunkSize = chunkSize;
        LeverCheck.Validate(inputs);
        _inputs = inputs;
        _pool = new WorkerPool(threads);
        _pipeline = DefaultPipeline(inputs);
        _development = _pipeline.OfType<Development.DevelopmentProcess>().FirstOrDefault();
        if (pairedDevelopment is not null)
        {
            if (_development is null)
            {
                throw new ArgumentException("a paired development step needs inputs with their own development parameters", nameof(pairedDevelopment));
            }

            _paired = new Development.DevelopmentProcess(pairedDevelopment);
            var at = Array.IndexOf(_pipeline, _development) + 1;
            _pipeline = [.. _pipeline[..at], _paired, .. _pipeline[at..]];
        }
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

    /// <summary>The development result of the paired scenario (null without <c>pairedDevelopment</c>).</summary>
    public Development.DevelopmentResult? PairedDevelopment { get; private set; }

    /// <summary>The person state (for tests and diagnostics), valid after <see cref="Run"/>.</summary>
    public PopulationState State => _state;

    /// <summary>The processes in the order they run each year.</summary>
    public static PersonProcess[] DefaultPipeline(SimulationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Development is null
            ? [new EducationProcess(), new LabourProcess(), new CensusProcess(), new MortalityProcess(), new FertilityProcess(), new MigrationProcess(inputs)]
            : [new EducationProcess(), new LabourProcess(), new Development.DevelopmentProcess(inputs.Development), new CensusProcess(),
                new MortalityProcess(), new FertilityProcess(), new MigrationProcess(inputs)];
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
    /// <paramref name="calibration"/> (from the full run's base population) replaces the development calibration.
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

        _result.Development = _development?.StartRun(_state, _inputs, runKey, withoutBase);
        PairedDevelopment = _paired?.StartRun(_state, _inputs, runKey);
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

        _development?.EndYear(y, result.Development!);
        _paired?.EndYear(y, PairedDevelopment!);

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
        foreach (var process in _pipeline)
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
