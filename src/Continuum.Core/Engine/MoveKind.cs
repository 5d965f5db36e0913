namespace Continuum.Core.Engine;

/// <summary>The kind of an international move.</summary>
public enum MoveKind : byte
{
    /// <summary>A resident of the country of birth leaves.</summary>
    Emigration = 0,

    /// <summary>A foreign-born resident goes back to the country of birth.</summary>
    Return = 1,

    /// <summary>A foreign-born resident moves on to a third country.</summary>
    Onward = 2,
}

/// <summary>A move decided in the parallel pass and applied in the sequential one.</summary>
public struct MoveEvent
{
    /// <summary>Slot of the mover.</summary>
    public int Slot;

    /// <summary>Destination country index.</summary>
    public byte Destination;

    /// <summary>Kind of move.</summary>
    public MoveKind Kind;

    /// <summary>Weight that moves (the whole person, or the part split off a heavy person), weight units.</summary>
    public uint MovedWeight;
}
