namespace Continuum.Core.Scenario;

/// <summary>
/// A scenario as read from its file (after <c>extends</c> is resolved): what to simulate and the levers.
/// Lever dictionaries are keyed by ISO3 code; every value has been range-checked by the reader.
/// </summary>
public sealed record ScenarioDefinition
{
    /// <summary>Short name (defaults to the file name).</summary>
    public required string Name { get; init; }

    /// <summary>One sentence: the question the scenario answers.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The scenario file the definition came from.</summary>
    public required string SourceFile { get; init; }

    /// <summary>SHA-256 (hex) of the scenario file and every file it extends or names.</summary>
    public required string Hash { get; init; }

    /// <summary>ISO3 codes of the simulated countries, in file order.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    /// <summary>Whether the rest of the world is simulated as one region (ROW).</summary>
    public bool RestOfWorld { get; init; } = true;

    /// <summary>Base year (a WPP population year: multiple of 5).</summary>
    public required int BaseYear { get; init; }

    /// <summary>Last year simulated (census only).</summary>
    public required int HorizonYear { get; init; }

    /// <summary>Scenario seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Independent replicates.</summary>
    public int Replicates { get; init; } = 1;

    /// <summary>Simulated base persons, all countries together.</summary>
    public long SampleSize { get; init; } = 1_000_000;

    /// <summary>True: one simulated person per real person (ignores <see cref="SampleSize"/>).</summary>
    public bool FullScale { get; init; }

    /// <summary>False switches off all international moves.</summary>
    public bool Migration { get; init; } = true;

    /// <summary>Data vintages by input (population, migration, stocks, education, labour).</summary>
    public required IReadOnlyDictionary<string, string> Vintages { get; init; }

    /// <summary>Annual cap on foreign-born arrivals, persons.</summary>
    public IReadOnlyDictionary<string, double> Admissions { get; init; } = new Dictionary<string, double>();

    /// <summary>Emigration rate multipliers by origin.</summary>
    public IReadOnlyDictionary<string, double> EmigrationRateMultiplier { get; init; } = new Dictionary<string, double>();

    /// <summary>Return hazard multipliers by country of birth.</summary>
    public IReadOnlyDictionary<string, double> ReturnHazardMultiplier { get; init; } = new Dictionary<string, double>();

    /// <summary>Parameter tables (CSV) by name, full paths.</summary>
    public required IReadOnlyDictionary<string, string> Tables { get; init; }
}
