namespace Continuum.Web.Scenarios;

/// <summary>A credential recognition agreement between a host and an origin.</summary>
/// <param name="Rate">Share of the origin's qualifications recognised (0–1).</param>
/// <param name="DelayYears">Years after landing before recognition applies (≥ 0).</param>
public sealed record RecognitionAgreement(double Rate, double DelayYears = 0);
