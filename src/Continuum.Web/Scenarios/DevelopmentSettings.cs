namespace Continuum.Web.Scenarios;

/// <summary>
/// The development levers of a scenario's <c>[development]</c> table (docs/scenarios.md), as JSON: in a run request,
/// in a saved scenario and in <c>GET /api/scenarios</c>. Keys are ISO3 codes, corridors "AAA-BBB" or "ALL".
/// </summary>
/// <param name="RemittanceCost">Cost of sending, a share of the amount sent (0–1), by corridor "SENDER-RECEIVER" or "ALL".</param>
/// <param name="CredentialRecognition">Recognition agreements by corridor "HOST-ORIGIN".</param>
/// <param name="ReturnPremium">Return premium by country of birth (a share of earnings, ≥ 0).</param>
/// <param name="ReturnIncentive">Return incentive by country of birth (raises the return hazard, ≥ 0).</param>
/// <param name="EducationElasticity">Education response to emigration prospects by country (≥ 0).</param>
/// <param name="ExtraAdmissions">Extra admissions by host country, persons a year (0–5,000,000).</param>
/// <param name="ExtraAdmissionsYears">First and last year of the extra admissions, or null for the ten years after the base year.</param>
/// <param name="UnderemploymentPenalty">Earnings penalty of an underemployed immigrant, a share (0–0.99), or null.</param>
public sealed record DevelopmentSettings(
    Dictionary<string, double>? RemittanceCost = null,
    Dictionary<string, RecognitionAgreement>? CredentialRecognition = null,
    Dictionary<string, double>? ReturnPremium = null,
    Dictionary<string, double>? ReturnIncentive = null,
    Dictionary<string, double>? EducationElasticity = null,
    Dictionary<string, double>? ExtraAdmissions = null,
    int[]? ExtraAdmissionsYears = null,
    double? UnderemploymentPenalty = null);
