using Continuum.Core.Population;

namespace Continuum.Core.Development;

/// <summary>
/// Extra immigrants admitted by a host on top of the simulated flows (the "+100,000 a year" lever): after the
/// events of each year t in [first, last], persons/year ÷ persons per simulated person new immigrants are added to
/// the host (stochastic rounding of the fraction), so they are residents at the census of t + 1. Each new person's
/// key, origin, sex, age and education come from counter-based draws keyed by (run, host, year, k), so they do not
/// disturb any other person's draws (common random numbers hold for everyone else). Origins follow the base-year
/// expected inflow to the host by origin; sex and age the host's admissions by sex and single age; education the
/// origin's emigrant education (cohort shares × emigration relative risk).
/// </summary>
public sealed class ExtraAdmissions
{
    private readonly double[] _originCdf;
    private readonly double[] _ageSexCdf;
    private readonly double[] _educationCdf;

    /// <summary>Creates the lever; throws an <see cref="InputException"/> on a bad domain.</summary>
    /// <param name="host">Host country index.</param>
    /// <param name="personsPerYear">Extra admissions per year, 0–5,000,000.</param>
    /// <param name="firstYear">First year with extra admissions.</param>
    /// <param name="lastYear">Last year with extra admissions (≥ first).</param>
    /// <param name="originWeights">Relative inflow by origin (C values, host's own ignored).</param>
    /// <param name="ageSexShares">[sex × 101 + age] shares of admissions (sum 1; ages 0..100).</param>
    /// <param name="educationShares">[origin × 3 + level] education shares of emigrants (each origin sums to 1).</param>
    public ExtraAdmissions(int host, double personsPerYear, int firstYear, int lastYear, double[] originWeights, double[] ageSexShares, double[] educationShares)
    {
        ArgumentNullException.ThrowIfNull(originWeights);
        ArgumentNullException.ThrowIfNull(ageSexShares);
        ArgumentNullException.ThrowIfNull(educationShares);
        Host = host;
        PersonsPerYear = Scenario.DevelopmentLevers.ExtraAdmissionsSpec.Check(personsPerYear);
        FirstYear = firstYear;
        LastYear = (int)Require.InRange(lastYear, firstYear, firstYear + 100, Scenario.DevelopmentLevers.ExtraAdmissionsYearsSpec.Field());
        var origins = (double[])originWeights.Clone();
        origins[host] = 0;
        _originCdf = Cdf(origins, "origin weights");
        _ageSexCdf = Cdf(ageSexShares, "admission age-sex shares");
        _educationCdf = new double[educationShares.Length];
        for (var o = 0; o < educationShares.Length / 3; o++)
        {
            Cdf(educationShares.AsSpan(o * 3, 3).ToArray(), "education shares").CopyTo(_educationCdf, o * 3);
        }
    }

    /// <summary>Host index.</summary>
    public int Host { get; }

    /// <summary>Extra persons per year.</summary>
    public double PersonsPerYear { get; }

    /// <summary>First year.</summary>
    public int FirstYear { get; }

    /// <summary>Last year.</summary>
    public int LastYear { get; }

    /// <summary>Adds the extra immigrants arriving during <paramref name="year"/>; returns the number of simulated persons added.</summary>
    /// <param name="state">The population (after the year's events).</param>
    /// <param name="year">The year whose arrivals are added (residents from the census of year + 1).</param>
    /// <param name="runKey">The run key.</param>
    /// <param name="weightUnits">Weight of one simulated person of the host, fixed-point units.</param>
    public int AddYear(PopulationState state, int year, ulong runKey, uint weightUnits)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (year < FirstYear || year > LastYear || PersonsPerYear == 0)
        {
            return 0;
        }

        var baseKey = Rng.Mix(runKey ^ Rng.Mix(0xE7A0_0000UL + ((ulong)(uint)Host << 16)) ^ (ulong)(uint)year);
        var expected = PersonsPerYear * PopulationState.WeightUnitsPerPerson / weightUnits;
        var count = (int)Math.Floor(expected) + (Rng.Uniform(baseKey, 0) < expected - Math.Floor(expected) ? 1 : 0);
        for (var k = 1; k <= count; k++)
        {
            var key = Rng.Mix(baseKey ^ Rng.Mix((ulong)k));
            var origin = Pick(_originCdf, 0, _originCdf.Length, Rng.Uniform(key, 1));
            var cell = Pick(_ageSexCdf, 0, _ageSexCdf.Length, Rng.Uniform(key, 2));
            var sex = cell / 101;
            var age = cell % 101;
            var education = age < 15 ? 0 : Pick(_educationCdf, origin * 3, 3, Rng.Uniform(key, 3));
            state.Add(key, weightUnits, (short)(year + 1 - age), (byte)origin, (byte)Host, (byte)sex, (byte)education, MigrationStatus.Immigrant, 0);
        }

        return count;
    }

    private static int Pick(double[] cdf, int offset, int length, double u)
    {
        for (var i = 0; i < length - 1; i++)
        {
            if (u < cdf[offset + i])
            {
                return i;
            }
        }

        return length - 1;
    }

    private static double[] Cdf(double[] weights, string field)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += Require.NonNegative(w, field);
        }

        Require.Positive(total, field + " (sum)");
        var cdf = new double[weights.Length];
        var run = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            run += weights[i] / total;
            cdf[i] = run;
        }

        return cdf;
    }
}
