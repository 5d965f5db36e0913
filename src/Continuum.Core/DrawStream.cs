namespace Continuum.Core;

/// <summary>
/// The independent random streams: every process draws from its own stream, so changing one process's
/// parameters never changes another process's draws. Values are part of the reproducibility contract.
/// </summary>
public enum DrawStream : byte
{
    /// <summary>Base population: rounding of the expected number of persons per cell.</summary>
    BaseCount = 1,

    /// <summary>Base population: country of birth of a resident (migrant stocks).</summary>
    BaseOrigin = 2,

    /// <summary>Base population: years since migration of a foreign-born resident.</summary>
    BaseDuration = 3,

    /// <summary>Education attainment.</summary>
    Education = 4,

    /// <summary>Labour-force participation.</summary>
    LabourForce = 5,

    /// <summary>Employment given participation.</summary>
    Employment = 6,

    /// <summary>Death.</summary>
    Mortality = 7,

    /// <summary>Giving birth.</summary>
    Fertility = 8,

    /// <summary>Sex of a newborn.</summary>
    BirthSex = 9,

    /// <summary>Whether (and how many, for a heavy person) emigrate, return or move on.</summary>
    Migration = 10,

    /// <summary>The destination of a move.</summary>
    Destination = 11,

    /// <summary>Admission under a host's annual cap.</summary>
    Admission = 12,

    /// <summary>Key derivation for a newborn (not a draw).</summary>
    BirthKey = 13,

    /// <summary>Key derivation for a person split off a heavy person by a move (not a draw).</summary>
    SplitKey = 14,

    /// <summary>Death of a newborn between birth and the next census date.</summary>
    InfantMortality = 15,

    /// <summary>The persistent per-person draw of skill-level employment (development, issue 5); same key every year.</summary>
    Integration = 16,
}
