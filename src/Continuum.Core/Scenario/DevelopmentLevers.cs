namespace Continuum.Core.Scenario;

/// <summary>
/// The development levers of a scenario (the <c>[development]</c> table), typed and immutable. Unset levers keep the
/// shipped data and assumptions. <see cref="Development.DevelopmentParameters.WithLevers"/> applies them.
/// </summary>
public sealed partial record DevelopmentLevers
{
    /// <summary>No levers.</summary>
    public static DevelopmentLevers None { get; } = new();

    /// <summary>Earnings shortfall of an underemployed tertiary immigrant, fraction; null keeps the assumption.</summary>
    public double? UnderemploymentPenalty { get; init; }

    /// <summary>Remittance cost of every corridor (the <c>ALL</c> key), fraction of the amount sent; null keeps the data.</summary>
    public double? RemittanceCostAll { get; init; }

    /// <summary>Remittance cost by corridor (host sends, origin receives); overrides <see cref="RemittanceCostAll"/>.</summary>
    public LeverMap<Corridor, double> RemittanceCost { get; init; } = LeverMap<Corridor, double>.Empty;

    /// <summary>Credential recognition agreements by corridor (host recognises the origin's credentials).</summary>
    public LeverMap<Corridor, RecognitionAgreement> CredentialRecognition { get; init; } = LeverMap<Corridor, RecognitionAgreement>.Empty;

    /// <summary>Return premium by country of birth, fraction of home earnings.</summary>
    public LeverMap<Iso3, double> ReturnPremium { get; init; } = LeverMap<Iso3, double>.Empty;

    /// <summary>Return incentive by country of birth: relative rise of the return hazard.</summary>
    public LeverMap<Iso3, double> ReturnIncentive { get; init; } = LeverMap<Iso3, double>.Empty;

    /// <summary>Semi-elasticity of tertiary attainment to emigration prospects by origin.</summary>
    public LeverMap<Iso3, double> EducationElasticity { get; init; } = LeverMap<Iso3, double>.Empty;

    /// <summary>Extra admissions by host, persons a year.</summary>
    public LeverMap<Iso3, double> ExtraAdmissions { get; init; } = LeverMap<Iso3, double>.Empty;

    /// <summary>Years of the extra admissions; null: the ten years after the base year.</summary>
    public YearRange? ExtraAdmissionsYears { get; init; }

    /// <summary>The country-keyed map of <paramref name="spec"/>.</summary>
    public LeverMap<Iso3, double> Of(LeverSpec spec) =>
        spec == ReturnPremiumSpec ? ReturnPremium
        : spec == ReturnIncentiveSpec ? ReturnIncentive
        : spec == EducationElasticitySpec ? EducationElasticity
        : spec == ExtraAdmissionsSpec ? ExtraAdmissions
        : throw new ArgumentException($"'{spec?.Name}' is not a development lever keyed by country", nameof(spec));

    /// <summary>A copy with the country-keyed map of <paramref name="spec"/> replaced by <paramref name="values"/>.</summary>
    public DevelopmentLevers With(LeverSpec spec, LeverMap<Iso3, double> values) =>
        spec == ReturnPremiumSpec ? this with { ReturnPremium = values }
        : spec == ReturnIncentiveSpec ? this with { ReturnIncentive = values }
        : spec == EducationElasticitySpec ? this with { EducationElasticity = values }
        : spec == ExtraAdmissionsSpec ? this with { ExtraAdmissions = values }
        : throw new ArgumentException($"'{spec?.Name}' is not a development lever keyed by country", nameof(spec));

    /// <summary>
    /// These levers laid over <paramref name="lower"/> (an extended scenario's, or a saved scenario's under a web request's),
    /// key by key: the one implementation of <c>extends</c>.
    /// </summary>
    public DevelopmentLevers Over(DevelopmentLevers lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        var result = new DevelopmentLevers
        {
            UnderemploymentPenalty = UnderemploymentPenalty ?? lower.UnderemploymentPenalty,
            RemittanceCostAll = RemittanceCostAll ?? lower.RemittanceCostAll,
            RemittanceCost = RemittanceCost.Over(lower.RemittanceCost),
            CredentialRecognition = CredentialRecognition.Over(lower.CredentialRecognition),
            ExtraAdmissionsYears = ExtraAdmissionsYears ?? lower.ExtraAdmissionsYears,
        };
        foreach (var spec in CountrySpecs)
        {
            result = result.With(spec, Of(spec).Over(lower.Of(spec)));
        }

        return result;
    }

    /// <summary>The years of the extra admissions in a run from <paramref name="baseYear"/>: the lever, or the ten years after the base year.</summary>
    public YearRange ExtraAdmissionsYearsFrom(int baseYear) => ExtraAdmissionsYears ?? new YearRange(baseYear + 1, baseYear + 10);
}
