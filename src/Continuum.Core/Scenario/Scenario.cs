namespace Continuum.Core.Scenario;

/// <summary>
/// A scenario with <c>extends</c> resolved: what to simulate and every lever, immutable and validated by its reader.
/// Two scenarios read from equal text are equal (collections compare by content). <see cref="SourceFile"/> records
/// where it came from, for provenance only: nothing reads that file again.
/// </summary>
public sealed record Scenario
{
    /// <summary>Short name (defaults to the file name).</summary>
    public required string Name { get; init; }

    /// <summary>One sentence: the question the scenario answers.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The file the scenario was read from (or a description of where it came from); provenance only, excluded from equality.</summary>
    public string SourceFile { get; init; } = string.Empty;

    /// <summary>ISO3 codes of the simulated countries, in file order.</summary>
    public required ValueList<string> Countries { get; init; }

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
    public required LeverMap<string, string> Vintages { get; init; }

    /// <summary>Parameter tables (CSV) by name, full paths.</summary>
    public required LeverMap<string, string> Tables { get; init; }

    /// <summary>The engine's levers (admissions caps, emigration and return multipliers).</summary>
    public EngineLevers Engine { get; init; } = EngineLevers.None;

    /// <summary>The development levers (the <c>[development]</c> table).</summary>
    public DevelopmentLevers Development { get; init; } = DevelopmentLevers.None;

    /// <summary>The simulated countries with ROW appended when the rest of the world is simulated (the engine's country order).</summary>
    public IReadOnlyList<string> SimulatedRegions() => RestOfWorld ? [.. Countries, Inputs.Dimensions.RestOfWorld] : Countries;

    /// <summary>Equality of everything but <see cref="SourceFile"/>.</summary>
    public bool Equals(Scenario? other) =>
        other is not null && Name == other.Name && Description == other.Description && Countries.Equals(other.Countries)
        && RestOfWorld == other.RestOfWorld && BaseYear == other.BaseYear && HorizonYear == other.HorizonYear && Seed == other.Seed
        && Replicates == other.Replicates && SampleSize == other.SampleSize && FullScale == other.FullScale && Migration == other.Migration
        && Vintages.Equals(other.Vintages) && Tables.Equals(other.Tables) && Engine.Equals(other.Engine) && Development.Equals(other.Development);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Countries, BaseYear, HorizonYear, Seed, Engine, Development);

    /// <summary>
    /// Checks the levers against the scenario's countries and years; errors name the field and, through
    /// <paramref name="locate"/>, the file and line that set it.
    /// </summary>
    public void ValidateLevers(Func<string, (string? File, long? Line)>? locate = null)
    {
        Engine.Validate(Countries, locate);
        Development.Validate(SimulatedRegions(), BaseYear, HorizonYear, locate);
    }
}
