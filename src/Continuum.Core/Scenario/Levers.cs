namespace Continuum.Core.Scenario;

/// <summary>
/// Policy levers by country index. A multiplier of 1 and an infinite cap mean "as in the data".
/// </summary>
public sealed class Levers
{
    /// <summary>Levers that change nothing, for <paramref name="countries"/> countries.</summary>
    public Levers(int countries)
    {
        AdmissionsCapPersons = Enumerable.Repeat(double.PositiveInfinity, countries).ToArray();
        EmigrationRateMultiplier = Enumerable.Repeat(1.0, countries).ToArray();
        ReturnHazardMultiplier = Enumerable.Repeat(1.0, countries).ToArray();
    }

    /// <summary>Most foreign-born arrivals a host admits per year (persons); +∞ = no cap.</summary>
    public double[] AdmissionsCapPersons { get; }

    /// <summary>Multiplies every emigration probability of natives of the origin.</summary>
    public double[] EmigrationRateMultiplier { get; }

    /// <summary>Multiplies the return probability of persons born in the country.</summary>
    public double[] ReturnHazardMultiplier { get; }
}
