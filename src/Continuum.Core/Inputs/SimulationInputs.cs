using Continuum.Core.Scenario;

namespace Continuum.Core.Inputs;

/// <summary>Everything one run needs, validated at load time; the engine trusts it.</summary>
public sealed record SimulationInputs
{
    /// <summary>Countries, base year and horizon.</summary>
    public required Dimensions Dimensions { get; init; }

    /// <summary>Scenario seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>False switches off emigration, return and onward moves (validation runs).</summary>
    public bool MigrationEnabled { get; init; } = true;

    /// <summary>True: also sum the expected (hazard-weighted) flows per corridor, for calibration.</summary>
    public bool TrackExpectedFlows { get; init; }

    /// <summary>The base population and sample design.</summary>
    public required BasePopulation Base { get; init; }

    /// <summary>Mortality and fertility.</summary>
    public required DemographyRates Demography { get; init; }

    /// <summary>Education attainment.</summary>
    public required EducationRates Education { get; init; }

    /// <summary>Labour force and employment.</summary>
    public required LabourRates Labour { get; init; }

    /// <summary>Emigration, return, onward moves and base stocks.</summary>
    public required MigrationRates Migration { get; init; }

    /// <summary>Policy levers.</summary>
    public required Levers Levers { get; init; }

    /// <summary>Integration, earnings, remittances and return (issue 5); null runs the demography only.</summary>
    public Development.DevelopmentParameters? Development { get; init; }

    /// <summary>Extra admissions added after each year's events (issue 5).</summary>
    public IReadOnlyList<Development.ExtraAdmissions> ExtraAdmissions { get; init; } = [];
}
