namespace Continuum.Data.Development;

/// <summary>
/// The development parameters that the shipped data do not contain, each with its source or marked as an
/// assumption (docs/development.md lists them; every one is a lever or can be overridden in code).
/// </summary>
public static class DevelopmentAssumptions
{
    /// <summary>
    /// Mincer return per year of schooling, log points: "the private average global return to a year of schooling is
    /// 9 % a year" (Psacharopoulos and Patrinos 2018, Returns to investment in education: a decennial review of the global
    /// literature, Education Economics 26(5), 445–458, doi:10.1080/09645292.2018.1484426, abstract; 1,120 estimates in
    /// 139 countries, 1950–2014).
    /// </summary>
    public const double ReturnPerYearOfSchooling = 0.09;

    /// <summary>Assumption: Mincer experience terms γ₁ and γ₂ (earnings peak after about 30 years of experience).</summary>
    public const double ExperienceLinear = 0.03;

    /// <summary>Assumption: see <see cref="ExperienceLinear"/>.</summary>
    public const double ExperienceQuadratic = -0.0005;

    /// <summary>Assumption: share of employed tertiary-educated immigrants working below skill level at landing.</summary>
    public const double InitialUnderemploymentShare = 0.5;

    /// <summary>
    /// Derived: an underemployed tertiary graduate earns what the Mincer premium gives a worker with 4 fewer years of
    /// schooling (a secondary-level job): 1 − exp(−0.09 × 4) ≈ 0.30.
    /// </summary>
    public static double UnderemploymentPenalty => 1 - Math.Exp(-ReturnPerYearOfSchooling * 4);

    /// <summary>Assumption: probability that an employed emigrant remits in the year of arrival.</summary>
    public const double RemitProbabilityAtArrival = 0.75;

    /// <summary>Assumption: years over which the probability of remitting falls by a factor e (fading ties).</summary>
    public const double TieFadingYears = 20;

    /// <summary>Nominal durations of primary, secondary and tertiary schooling used to turn Barro–Lee shares into years; an incomplete level counts half.</summary>
    public static readonly IReadOnlyList<double> LevelDurations = [6, 6, 4];
}
