namespace Continuum.Data.Simulation;

/// <summary>How the confidence band of a comparison of two stored runs is computed.</summary>
public enum RunComparisonMethod
{
    /// <summary>Same seed and replicate count: replicate r of both runs shares common random numbers; paired t band (<see cref="Models.Statistics.PairedComparison"/>).</summary>
    PairedT,

    /// <summary>Different seeds or replicate counts: independent replicates; Welch's unpaired t band (<see cref="Models.Statistics.WelchComparison"/>).</summary>
    WelchT,
}
