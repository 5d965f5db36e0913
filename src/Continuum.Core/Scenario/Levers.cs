namespace Continuum.Core.Scenario;

/// <summary>
/// Policy levers by country index: the engine's resolved form of a scenario's <see cref="EngineLevers"/> and
/// return incentives (<see cref="Resolve"/>). A multiplier of 1 and an infinite cap mean "as in the data".
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

    /// <summary>
    /// The levers of <paramref name="engine"/> by index of <paramref name="regions"/> (the engine's countries), with each
    /// country's return hazard multiplier then multiplied by 1 + its return incentive of <paramref name="development"/>.
    /// </summary>
    public static Levers Resolve(IReadOnlyList<string> regions, EngineLevers engine, DevelopmentLevers development)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(development);
        var levers = new Levers(regions.Count);
        for (var c = 0; c < regions.Count; c++)
        {
            if (!Iso3.TryParse(regions[c], out var iso3))
            {
                continue;
            }

            if (engine.Admissions.TryGetValue(iso3, out var cap))
            {
                levers.AdmissionsCapPersons[c] = cap;
            }

            if (engine.EmigrationRateMultiplier.TryGetValue(iso3, out var m))
            {
                levers.EmigrationRateMultiplier[c] = m;
            }

            if (engine.ReturnHazardMultiplier.TryGetValue(iso3, out var r))
            {
                levers.ReturnHazardMultiplier[c] = r;
            }

            // Same operation and order as the return policy's hazard multiplier: r × (1 + incentive).
            levers.ReturnHazardMultiplier[c] *= 1 + development.ReturnIncentive.GetValueOrDefault(iso3);
        }

        return levers;
    }
}
