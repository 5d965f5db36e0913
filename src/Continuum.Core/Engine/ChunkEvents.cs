namespace Continuum.Core.Engine;

/// <summary>Births and moves decided in one chunk of persons; buffers are reused every year.</summary>
public sealed class ChunkEvents
{
    private int[] _mothers;
    private MoveEvent[] _moves;

    /// <summary>Buffers for about <paramref name="capacity"/> births and as many moves (they grow if needed).</summary>
    public ChunkEvents(int capacity)
    {
        _mothers = new int[Math.Max(16, capacity)];
        _moves = new MoveEvent[Math.Max(16, capacity)];
    }

    /// <summary>Number of births recorded.</summary>
    public int BirthCount { get; private set; }

    /// <summary>Number of moves recorded.</summary>
    public int MoveCount { get; private set; }

    /// <summary>Mother slots, in person order.</summary>
    public ReadOnlySpan<int> Mothers => _mothers.AsSpan(0, BirthCount);

    /// <summary>Moves, in person order.</summary>
    public ReadOnlySpan<MoveEvent> Moves => _moves.AsSpan(0, MoveCount);

    /// <summary>Forgets last year's events.</summary>
    public void Clear()
    {
        BirthCount = 0;
        MoveCount = 0;
    }

    /// <summary>Records a birth to the mother in <paramref name="slot"/>.</summary>
    public void AddBirth(int slot)
    {
        if (BirthCount == _mothers.Length)
        {
            Array.Resize(ref _mothers, _mothers.Length * 2);
        }

        _mothers[BirthCount++] = slot;
    }

    /// <summary>Records a move.</summary>
    public void AddMove(int slot, int destination, MoveKind kind, uint movedWeight)
    {
        if (MoveCount == _moves.Length)
        {
            Array.Resize(ref _moves, _moves.Length * 2);
        }

        _moves[MoveCount++] = new MoveEvent { Slot = slot, Destination = (byte)destination, Kind = kind, MovedWeight = movedWeight };
    }
}
