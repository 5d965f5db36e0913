using Continuum.Core.Inputs;
using Continuum.Core.Population;

namespace Continuum.Core.Engine;

/// <summary>
/// Creates the base-year persons: for each country, sex and single year of age, persons/weight simulated
/// persons (randomly rounded), each 15+ resident foreign-born with the stock shares of the bilateral matrix,
/// with years since migration from the corridor's past inflows, and education from Barro–Lee.
/// </summary>
public static class BasePopulationBuilder
{
    /// <summary>Fills <paramref name="state"/> with the base population of <paramref name="inputs"/>.</summary>
    public static void Build(SimulationInputs inputs, ulong runKey, PopulationState state)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(state);
        var dims = inputs.Dimensions;
        var year = dims.BaseYear;
        var count = Rng.StreamKey(runKey, year, DrawStream.BaseCount);
        for (var c = 0; c < dims.CountryCount; c++)
        {
            var countryKey = dims.CountryKey(c);
            var weight = inputs.Base.WeightUnits[c];
            for (var s = 0; s < 2; s++)
            {
                for (var age = 0; age < Dimensions.Ages; age++)
                {
                    var persons = inputs.Base.Persons[(((c * 2) + s) * Dimensions.Ages) + age];
                    var cellKey = Rng.Mix(countryKey ^ Rng.Mix((ulong)((s << 8) | age)));
                    var expected = persons * PopulationState.WeightUnitsPerPerson / weight;
                    var n = (long)Math.Floor(expected + Rng.Uniform(count, cellKey));
                    for (long j = 0; j < n; j++)
                    {
                        AddPerson(inputs, runKey, state, c, s, age, Rng.Mix(cellKey + (ulong)j), weight);
                    }
                }
            }
        }
    }

    private static void AddPerson(SimulationInputs inputs, ulong runKey, PopulationState state, int c, int s, int age, ulong key, uint weight)
    {
        var dims = inputs.Dimensions;
        var year = dims.BaseYear;
        var birth = c;
        byte ysm = 0;
        if (age >= 15)
        {
            birth = Origin(inputs.Migration, dims.CountryCount, c, s, Rng.Uniform(runKey, key, year, DrawStream.BaseOrigin));
            if (birth != c)
            {
                ysm = Duration(inputs.Migration, dims.CountryCount, birth, c, age, Rng.Uniform(runKey, key, year, DrawStream.BaseDuration));
            }
        }

        var education = (byte)0;
        if (age >= 15)
        {
            var u = Rng.Uniform(runKey, key, year - age + 15, DrawStream.Education);
            var edu = inputs.Education;
            education = age < 25
                ? EducationRates.Draw(edu.CohortShares, ((birth * 2) + s) * Dimensions.EducationLevels, u)
                : EducationRates.Draw(edu.BaseShares,
                    ((((birth * 2) + s) * EducationRates.BaseAgeGroups) + Math.Min((age - 25) / 5, EducationRates.BaseAgeGroups - 1)) * Dimensions.EducationLevels, u);
        }

        state.Add(key, weight, (short)(year - age), (byte)birth, (byte)c, (byte)s, education,
            birth == c ? MigrationStatus.Native : MigrationStatus.Immigrant, ysm);
    }

    private static int Origin(MigrationRates rates, int countries, int r, int s, double u)
    {
        var offset = ((r * 2) + s) * countries;
        var cumulative = 0.0;
        for (var b = 0; b < countries; b++)
        {
            cumulative += rates.BaseOriginProbability[offset + b];
            if (u < cumulative)
            {
                return b;
            }
        }

        return r;
    }

    private static byte Duration(MigrationRates rates, int countries, int b, int r, int age, double u)
    {
        var offset = ((b * countries) + r) * MigrationRates.DurationBins;
        var cumulative = 0.0;
        for (var bin = 0; bin < MigrationRates.DurationBins; bin++)
        {
            var p = rates.DurationBinProbability[offset + bin];
            if (u < cumulative + p)
            {
                var width = bin == MigrationRates.DurationBins - 1 ? 20 : 5;
                var years = (bin * 5) + (int)((u - cumulative) / p * width);
                return (byte)Math.Min(years, age - 15);
            }

            cumulative += p;
        }

        return (byte)Math.Min(age - 15, 20);
    }
}
