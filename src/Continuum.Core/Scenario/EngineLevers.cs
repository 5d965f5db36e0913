namespace Continuum.Core.Scenario;

/// <summary>
/// The engine's policy levers by country (ISO3), as a scenario sets them; unset countries keep the data
/// (no admissions cap, multipliers of 1). <see cref="Levers"/> is their resolved by-index form.
/// </summary>
public sealed record EngineLevers
{
    /// <summary>Spec of <see cref="Admissions"/>.</summary>
    public static readonly LeverSpec AdmissionsSpec = new("admissions", string.Empty, LeverKeyKind.Country, "persons a year", 0, 1e9, null,
        "Most foreign-born arrivals the host admits per year; unset means no cap.");

    /// <summary>Spec of <see cref="EmigrationRateMultiplier"/>.</summary>
    public static readonly LeverSpec EmigrationRateMultiplierSpec = new("emigration_rate_multiplier", string.Empty, LeverKeyKind.Country, "multiplier", 0, 100, 1,
        "Multiplies every emigration probability of natives of the origin.");

    /// <summary>Spec of <see cref="ReturnHazardMultiplier"/>.</summary>
    public static readonly LeverSpec ReturnHazardMultiplierSpec = new("return_hazard_multiplier", string.Empty, LeverKeyKind.Country, "multiplier", 0, 100, 1,
        "Multiplies the return probability of emigrants born in the country.");

    /// <summary>Every engine lever, in the order they are written.</summary>
    public static IReadOnlyList<LeverSpec> Specs { get; } = [AdmissionsSpec, EmigrationRateMultiplierSpec, ReturnHazardMultiplierSpec];

    /// <summary>No levers: everything as in the data.</summary>
    public static EngineLevers None { get; } = new();

    /// <summary>Annual cap on foreign-born arrivals by host, persons.</summary>
    public LeverMap<Iso3, double> Admissions { get; init; } = LeverMap<Iso3, double>.Empty;

    /// <summary>Emigration rate multipliers by origin.</summary>
    public LeverMap<Iso3, double> EmigrationRateMultiplier { get; init; } = LeverMap<Iso3, double>.Empty;

    /// <summary>Return hazard multipliers by country of birth.</summary>
    public LeverMap<Iso3, double> ReturnHazardMultiplier { get; init; } = LeverMap<Iso3, double>.Empty;

    /// <summary>The map of <paramref name="spec"/> (one of <see cref="Specs"/>).</summary>
    public LeverMap<Iso3, double> Of(LeverSpec spec) =>
        spec == AdmissionsSpec ? Admissions
        : spec == EmigrationRateMultiplierSpec ? EmigrationRateMultiplier
        : spec == ReturnHazardMultiplierSpec ? ReturnHazardMultiplier
        : throw new ArgumentException($"'{spec?.Name}' is not an engine lever", nameof(spec));

    /// <summary>A copy with the map of <paramref name="spec"/> replaced by <paramref name="values"/>.</summary>
    public EngineLevers With(LeverSpec spec, LeverMap<Iso3, double> values) =>
        spec == AdmissionsSpec ? this with { Admissions = values }
        : spec == EmigrationRateMultiplierSpec ? this with { EmigrationRateMultiplier = values }
        : spec == ReturnHazardMultiplierSpec ? this with { ReturnHazardMultiplier = values }
        : throw new ArgumentException($"'{spec?.Name}' is not an engine lever", nameof(spec));

    /// <summary>These levers laid over <paramref name="lower"/> (an extended scenario's), country by country: the one implementation of <c>extends</c>.</summary>
    public EngineLevers Over(EngineLevers lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        var result = lower;
        foreach (var spec in Specs)
        {
            result = result.With(spec, Of(spec).Over(lower.Of(spec)));
        }

        return result;
    }

    /// <summary>
    /// Checks every value's range and that every key is one of <paramref name="countries"/> (the scenario's, without the
    /// rest of the world); errors name the field (e.g. <c>admissions.CAN</c>) and, through <paramref name="locate"/>, its file and line.
    /// </summary>
    public void Validate(IReadOnlyList<string> countries, Func<string, (string? File, long? Line)>? locate = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        foreach (var spec in Specs)
        {
            foreach (var (key, value) in Of(spec))
            {
                var field = spec.Field(key.Code);
                var (file, line) = locate?.Invoke(field) ?? default;
                if (!countries.Contains(key.Code, StringComparer.Ordinal))
                {
                    throw new InputException($"unknown country '{key}': the lever must name one of the scenario's countries ({string.Join(", ", countries)})",
                        file, line, field);
                }

                spec.Check(value, field, file, line);
            }
        }
    }
}
