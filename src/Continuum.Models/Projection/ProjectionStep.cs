namespace Continuum.Models.Projection;

/// <summary>The length of one projection step; the value is the number of years.</summary>
public enum ProjectionStep
{
    /// <summary>One-year steps on single years of age 0..99 and 100+.</summary>
    OneYear = 1,

    /// <summary>Five-year steps on 5-year age groups 0–4..95–99 and 100+ (the UN WPP method).</summary>
    FiveYears = 5,
}
