using Continuum.Core.Output;
using FsCheck;
using FsCheck.Xunit;

namespace Continuum.Core.Tests;

/// <summary>Properties of the engine on synthetic inputs: accounting, determinism, partition invariance, common random numbers.</summary>
public sealed class EnginePropertyTests
{
    [Property(MaxTest = 15)]
    public bool Run_AnySeedAndLevers_PersonsAreConserved(ulong seed, byte multiplier, bool cap)
    {
        var inputs = SyntheticInputs.Create(seed, emigrationMultiplier: multiplier % 4 * 0.5, admissionsCap: cap ? 2000 : double.PositiveInfinity);
        var result = EngineRun.Run(inputs);
        var dims = inputs.Dimensions;
        for (var y = 0; y < dims.Years - 1; y++)
        {
            long moved = 0, arrived = 0;
            for (var c = 0; c < dims.CountryCount; c++)
            {
                long T(int year, Measure m) => result.Total(year, c, m);
                var expected = T(y, Measure.Population) + T(y, Measure.Births) - T(y, Measure.Deaths)
                               + T(y, Measure.Immigrants) + T(y, Measure.Returns) - T(y, Measure.Emigrants);
                if (T(y + 1, Measure.Population) != expected)
                {
                    return false;
                }

                moved += T(y, Measure.Emigrants);
                arrived += T(y, Measure.Immigrants) + T(y, Measure.Returns);
            }

            if (moved != arrived)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 15)]
    public bool Run_AnySeed_NoNegativeCounts(ulong seed, byte multiplier)
    {
        var result = EngineRun.Run(SyntheticInputs.Create(seed, returnMultiplier: multiplier % 5 * 0.4));
        for (var y = 0; y < result.Cells.Length; y++)
        {
            if (result.Cells[y].Any(v => v < 0) || result.CorridorStock[y].Any(v => v < 0) || result.CorridorMoves[y].Any(v => v < 0))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 10)]
    public bool Run_SameSeedTwice_IdenticalResults(ulong seed) =>
        EngineRun.Identical(EngineRun.Run(SyntheticInputs.Create(seed)), EngineRun.Run(SyntheticInputs.Create(seed)));

    [Property(MaxTest = 10)]
    public bool Run_OneOrTwoThreadsAnyChunkSize_IdenticalResults(ulong seed, PositiveInt chunk) =>
        EngineRun.Identical(
            EngineRun.Run(SyntheticInputs.Create(seed), threads: 1, chunkSize: 50 + (chunk.Get % 3000)),
            EngineRun.Run(SyntheticInputs.Create(seed), threads: 2, chunkSize: 333));

    [Property(MaxTest = 10)]
    public bool Run_EmigrationLeverChanged_FirstYearDeathsBirthsAndCensusUnchanged(ulong seed, byte multiplier)
    {
        // Mortality, fertility, education and labour draw from their own streams keyed by person and year, and
        // run before anyone moves: a migration lever cannot change who dies, gives birth or works in year one.
        var a = EngineRun.Run(SyntheticInputs.Create(seed, years: 1));
        var b = EngineRun.Run(SyntheticInputs.Create(seed, years: 1, emigrationMultiplier: 1.5 + (multiplier % 3)));
        var cells = a.Cells[0];
        for (var k = 0; k < cells.Length; k += ResultLayout.MeasureCount)
        {
            foreach (var m in (Measure[])[Measure.Population, Measure.LabourForce, Measure.Employed, Measure.Births, Measure.Deaths])
            {
                if (cells[k + (int)m] != b.Cells[0][k + (int)m])
                {
                    return false;
                }
            }
        }

        return a.Total(0, 0, Measure.Emigrants) != b.Total(0, 0, Measure.Emigrants);
    }

    [Property(MaxTest = 10)]
    public bool Run_DifferentSeeds_DifferentResults(ulong seed) =>
        !EngineRun.Identical(EngineRun.Run(SyntheticInputs.Create(seed)), EngineRun.Run(SyntheticInputs.Create(seed + 1)));
}
