namespace Continuum.Core.Scenario;

/// <summary>A credential recognition agreement of a corridor (<see cref="Development.CredentialRecognition"/>).</summary>
/// <param name="Rate">Share of the remaining underemployment removed, [0, 1].</param>
/// <param name="DelayYears">Years after landing before recognition applies, [0, 50].</param>
public sealed record RecognitionAgreement(double Rate, double DelayYears);
