namespace Continuum.Core.Scenario;

/// <summary>The declarations of the development levers (see <see cref="LeverSpec"/>).</summary>
public sealed partial record DevelopmentLevers
{
    /// <summary>The TOML table of the development levers.</summary>
    public const string Table = "development";

    /// <summary>Spec of <see cref="UnderemploymentPenalty"/>.</summary>
    public static readonly LeverSpec UnderemploymentPenaltySpec = new("underemployment_penalty", Table, LeverKeyKind.Scalar,
        "fraction of skill-level earnings", 0, 0.99, null,
        "Earnings shortfall of a tertiary-educated immigrant working below skill level (default 1 − exp(−0.36) ≈ 0.30).");

    /// <summary>Spec of <see cref="RemittanceCost"/> and <see cref="RemittanceCostAll"/>.</summary>
    public static readonly LeverSpec RemittanceCostSpec = new("remittance_cost", Table, LeverKeyKind.AllOrCorridor,
        "fraction of the amount sent", 0, 1, null,
        "Cost of sending remittances, for ALL corridors or one HOST-ORIGIN corridor (a corridor value overrides ALL); default: Remittance Prices Worldwide.",
        MaxExclusive: true);

    /// <summary>Spec of the recognition rate of a corridor.</summary>
    public static readonly LeverSpec RecognitionRateSpec = new("rate", Table, LeverKeyKind.Scalar, "fraction", 0, 1, 0,
        "Share of the remaining underemployment removed by the agreement.");

    /// <summary>Spec of the recognition delay of a corridor.</summary>
    public static readonly LeverSpec RecognitionDelaySpec = new("delay_years", Table, LeverKeyKind.Scalar, "years", 0, 50, 0,
        "Years after landing before recognition applies.");

    /// <summary>Spec of <see cref="CredentialRecognition"/>.</summary>
    public static readonly LeverSpec CredentialRecognitionSpec = new("credential_recognition", Table, LeverKeyKind.CorridorTable,
        "rate and delay", 0, 1, 0, "A HOST-ORIGIN agreement under which the host recognises the origin's credentials.")
    {
        Fields = [RecognitionRateSpec, RecognitionDelaySpec],
    };

    /// <summary>Spec of <see cref="ReturnPremium"/>.</summary>
    public static readonly LeverSpec ReturnPremiumSpec = new("return_premium", Table, LeverKeyKind.Country, "fraction of home earnings", 0, 5, 0,
        "Returnees born in the country earn (1 + premium) times the home earnings for their education and age.");

    /// <summary>Spec of <see cref="ReturnIncentive"/>.</summary>
    public static readonly LeverSpec ReturnIncentiveSpec = new("return_incentive", Table, LeverKeyKind.Country, "relative rise", 0, 20, 0,
        "The return hazard of emigrants born in the country is multiplied by (1 + incentive).");

    /// <summary>Spec of <see cref="EducationElasticity"/>.</summary>
    public static readonly LeverSpec EducationElasticitySpec = new("education_elasticity", Table, LeverKeyKind.Country, "semi-elasticity", 0, 20, 0,
        "Response of new cohorts' tertiary attainment to the prospect of emigrating: P' = min(1, P·exp(ε·m)).");

    /// <summary>Spec of <see cref="ExtraAdmissions"/>.</summary>
    public static readonly LeverSpec ExtraAdmissionsSpec = new("extra_admissions", Table, LeverKeyKind.Country, "persons a year", 0, 5_000_000, 0,
        "Immigrants the host admits each year on top of the simulated flows.");

    /// <summary>Spec of <see cref="ExtraAdmissionsYears"/>.</summary>
    public static readonly LeverSpec ExtraAdmissionsYearsSpec = new("extra_admissions_years", Table, LeverKeyKind.YearRange, "years", 1950, 2100, null,
        "First and last year of the extra admissions (default: the ten years after the base year).");

    /// <summary>Every development lever, in the order they are written.</summary>
    public static IReadOnlyList<LeverSpec> Specs { get; } =
    [
        UnderemploymentPenaltySpec, RemittanceCostSpec, ReturnPremiumSpec, ReturnIncentiveSpec, EducationElasticitySpec, ExtraAdmissionsSpec,
        ExtraAdmissionsYearsSpec, CredentialRecognitionSpec,
    ];

    /// <summary>The development levers keyed by country, in the order they are written.</summary>
    public static IReadOnlyList<LeverSpec> CountrySpecs { get; } = [ReturnPremiumSpec, ReturnIncentiveSpec, EducationElasticitySpec, ExtraAdmissionsSpec];
}
