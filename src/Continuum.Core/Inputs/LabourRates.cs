namespace Continuum.Core.Inputs;

/// <summary>
/// Labour-force participation and employment for ages 15–64 by country, year and sex (ILO modelled
/// estimates in WDI), and the employment of immigrants relative to natives by years since landing
/// (Statistics Canada LFS table 14-10-0085).
/// </summary>
public sealed class LabourRates
{
    /// <summary>Years-since-landing bands: under 5, 5–9, 10 and over.</summary>
    public const int LandingBands = 3;

    /// <summary>Validates the tables.</summary>
    public LabourRates(Dimensions dims, double[] participationProbability, double[] employmentProbability, double[] immigrantEmploymentRatio)
    {
        ArgumentNullException.ThrowIfNull(dims);
        var n = dims.CountryCount * dims.Years * 2;
        ParticipationProbability = RateCheck.Probabilities(participationProbability, n, "labour-force participation");
        EmploymentProbability = RateCheck.Probabilities(employmentProbability, n, "employment probability");
        ImmigrantEmploymentRatio = RateCheck.NonNegative(immigrantEmploymentRatio, LandingBands, "immigrant employment ratio");
    }

    /// <summary>[(country × Years + yearIndex) × 2 + sex], for ages 15–64.</summary>
    public double[] ParticipationProbability { get; }

    /// <summary>1 − unemployment rate: [(country × Years + yearIndex) × 2 + sex].</summary>
    public double[] EmploymentProbability { get; }

    /// <summary>Immigrant employment rate ÷ native employment rate by landing band.</summary>
    public double[] ImmigrantEmploymentRatio { get; }
}
