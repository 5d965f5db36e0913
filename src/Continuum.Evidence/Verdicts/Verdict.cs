namespace Continuum.Evidence.Verdicts;

/// <summary>What the data say about a claim.</summary>
public enum Verdict
{
    /// <summary>Measured agrees with the claim within the tolerance.</summary>
    Supported,

    /// <summary>Measured misses the claim, but by no more than twice the tolerance.</summary>
    Partly,

    /// <summary>Measured misses the claim by more than twice the tolerance.</summary>
    NotSupported,

    /// <summary>There is no data set, or the store lacks an observation the computation needs.</summary>
    NoData,
}

/// <summary>Text forms of <see cref="Verdict"/> as printed in every report.</summary>
public static class VerdictText
{
    /// <summary>"supported", "partly", "not supported" or "no data".</summary>
    public static string ToText(this Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Partly => "partly",
        Verdict.NotSupported => "not supported",
        _ => "no data",
    };
}
