namespace Continuum.Models.Projection;

/// <summary>Sex as the UN World Population Prospects tabulates it; the values index arrays (F = 0, M = 1).</summary>
public enum Sex
{
    /// <summary>Female (WPP code F).</summary>
    Female = 0,

    /// <summary>Male (WPP code M).</summary>
    Male = 1,
}
