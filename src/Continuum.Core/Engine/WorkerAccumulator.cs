using Continuum.Core.Output;

namespace Continuum.Core.Engine;

/// <summary>One worker's integer sums for the current year; summed over workers after the parallel pass.
/// Integer addition is associative, so the totals do not depend on which worker saw which person.</summary>
public sealed class WorkerAccumulator
{
    /// <summary>Allocates sums for <paramref name="layout"/> and <paramref name="countries"/>.</summary>
    public WorkerAccumulator(ResultLayout layout, int countries)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Cells = new long[layout.Length];
        CorridorStock = new long[countries * countries];
        ExpectedLeaving = new long[countries * countries];
        ExpectedReturns = new long[countries * countries];
    }

    /// <summary>Fixed-point units of <see cref="ExpectedLeaving"/> and <see cref="ExpectedReturns"/> per weight unit.</summary>
    public const double ExpectedScale = 65536;

    /// <summary>Expected moves o → d of persons not born in d, weight units × <see cref="ExpectedScale"/> (when tracked).</summary>
    public long[] ExpectedLeaving { get; }

    /// <summary>Expected returns o → d of persons born in d, weight units × <see cref="ExpectedScale"/> (when tracked).</summary>
    public long[] ExpectedReturns { get; }

    /// <summary>Cell sums, weight units.</summary>
    public long[] Cells { get; }

    /// <summary>Stock by (birth, residence), weight units.</summary>
    public long[] CorridorStock { get; }

    /// <summary>Alive persons visited.</summary>
    public long PersonYears { get; set; }

    /// <summary>Slots that died this year (awaiting compaction).</summary>
    public int DeathSlots { get; set; }

    /// <summary>Zeroes every sum.</summary>
    public void Clear()
    {
        Array.Clear(Cells);
        Array.Clear(CorridorStock);
        Array.Clear(ExpectedLeaving);
        Array.Clear(ExpectedReturns);
        PersonYears = 0;
        DeathSlots = 0;
    }
}
