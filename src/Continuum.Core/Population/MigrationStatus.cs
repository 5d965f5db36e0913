namespace Continuum.Core.Population;

/// <summary>A resident's migration status relative to the country of residence.</summary>
public enum MigrationStatus : byte
{
    /// <summary>Born in the country of residence, never emigrated, mother not an immigrant.</summary>
    Native = 0,

    /// <summary>Born in another country.</summary>
    Immigrant = 1,

    /// <summary>Born here, lived abroad, came back.</summary>
    Returnee = 2,

    /// <summary>Born here to a mother who was an immigrant.</summary>
    SecondGeneration = 3,
}

/// <summary>Highest education level attained (completed by age 25; assigned at 15, see docs/engine.md).</summary>
public enum EducationLevel : byte
{
    /// <summary>No schooling or primary (Barro–Lee lu + lp); also every child under 15.</summary>
    PrimaryOrLess = 0,

    /// <summary>Secondary (Barro–Lee ls).</summary>
    Secondary = 1,

    /// <summary>Some tertiary (Barro–Lee lh).</summary>
    Tertiary = 2,
}

/// <summary>Labour-market status in the current year.</summary>
public enum LabourStatus : byte
{
    /// <summary>Not in the labour force (includes everyone under 15 or over 64).</summary>
    Inactive = 0,

    /// <summary>In the labour force, not employed.</summary>
    Unemployed = 1,

    /// <summary>Employed.</summary>
    Employed = 2,
}
