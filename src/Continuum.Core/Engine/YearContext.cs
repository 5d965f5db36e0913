using Continuum.Core.Inputs;

namespace Continuum.Core.Engine;

/// <summary>The simulated year and its stream keys; set once per year, read by every process.</summary>
public sealed class YearContext
{
    private readonly ulong[] _streamKeys = new ulong[32];

    /// <summary>A context for a run of <paramref name="inputs"/> with run key <paramref name="runKey"/>.</summary>
    public YearContext(SimulationInputs inputs, ulong runKey)
    {
        Inputs = inputs;
        RunKey = runKey;
    }

    /// <summary>The run's inputs.</summary>
    public SimulationInputs Inputs { get; }

    /// <summary>Key of (seed, replicate).</summary>
    public ulong RunKey { get; }

    /// <summary>Calendar year of the census that opens this step.</summary>
    public int Year { get; private set; }

    /// <summary>Year − base year.</summary>
    public int YearIndex { get; private set; }

    /// <summary>True in the horizon year: only the census is taken, no events follow.</summary>
    public bool IsHorizon { get; private set; }

    /// <summary>Moves to <paramref name="year"/> and derives its stream keys.</summary>
    public void SetYear(int year)
    {
        Year = year;
        YearIndex = year - Inputs.Dimensions.BaseYear;
        IsHorizon = year == Inputs.Dimensions.HorizonYear;
        for (var s = 0; s < _streamKeys.Length; s++)
        {
            _streamKeys[s] = Rng.StreamKey(RunKey, year, (DrawStream)s);
        }
    }

    /// <summary>The key of <paramref name="stream"/> in the current year.</summary>
    public ulong Stream(DrawStream stream) => _streamKeys[(int)stream];
}
