namespace Continuum.Data.Demography;

/// <summary>Which net migration a projection uses.</summary>
public enum MigrationAssumption
{
    /// <summary>No migration (a closed population).</summary>
    Zero,

    /// <summary>WPP 2019 net migration (estimates, then the medium variant) with the WPP 2024 age–sex pattern.</summary>
    Medium,

    /// <summary>Net migration by period, sex and age group from a user's file (<see cref="SuppliedNetMigration"/>).</summary>
    Supplied,
}
