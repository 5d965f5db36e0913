namespace Continuum.Web.Scenarios;

/// <summary>Lays one set of levers over another, key by key (as a scenario file that <c>extends</c> another does).</summary>
public static class LeverMerge
{
    /// <summary><paramref name="upper"/>'s levers over <paramref name="lower"/>'s; the scenario is <paramref name="lower"/>'s.</summary>
    public static RunRequest Over(RunRequest lower, RunRequest upper)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        return upper with
        {
            Scenario = lower.Scenario,
            Seed = upper.Seed ?? lower.Seed,
            Replicates = upper.Replicates ?? lower.Replicates,
            Admissions = Over(lower.Admissions, upper.Admissions),
            EmigrationRateMultiplier = Over(lower.EmigrationRateMultiplier, upper.EmigrationRateMultiplier),
            ReturnHazardMultiplier = Over(lower.ReturnHazardMultiplier, upper.ReturnHazardMultiplier),
            Development = Over(lower.Development, upper.Development),
        };
    }

    /// <summary><paramref name="upper"/>'s development levers over <paramref name="lower"/>'s.</summary>
    public static DevelopmentSettings? Over(DevelopmentSettings? lower, DevelopmentSettings? upper) =>
        lower is null ? upper : upper is null ? lower : new DevelopmentSettings(
            Over(lower.RemittanceCost, upper.RemittanceCost), Over(lower.CredentialRecognition, upper.CredentialRecognition),
            Over(lower.ReturnPremium, upper.ReturnPremium), Over(lower.ReturnIncentive, upper.ReturnIncentive),
            Over(lower.EducationElasticity, upper.EducationElasticity), Over(lower.ExtraAdmissions, upper.ExtraAdmissions),
            upper.ExtraAdmissionsYears ?? lower.ExtraAdmissionsYears, upper.UnderemploymentPenalty ?? lower.UnderemploymentPenalty);

    /// <summary>A copy of <paramref name="lower"/> with <paramref name="upper"/>'s entries set over it.</summary>
    public static Dictionary<string, T>? Over<T>(IReadOnlyDictionary<string, T>? lower, IReadOnlyDictionary<string, T>? upper)
    {
        if (lower is null || upper is null)
        {
            return (lower ?? upper)?.ToDictionary(StringComparer.Ordinal);
        }

        var merged = lower.ToDictionary(StringComparer.Ordinal);
        foreach (var (key, value) in upper)
        {
            merged[key] = value;
        }

        return merged;
    }
}
