namespace Continuum.Models.BrainGain;

/// <summary>What a schooled native who is allowed to emigrate does.</summary>
public enum Choice
{
    /// <summary>Stays at home both periods.</summary>
    Stay,

    /// <summary>Works abroad in period 1 and returns home for period 2 with the return premium.</summary>
    MigrateAndReturn,

    /// <summary>Works abroad in both periods.</summary>
    MigrateAndStay,
}
