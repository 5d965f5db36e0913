using Continuum.Core.Population;

namespace Continuum.Core.Inputs;

/// <summary>The sizes every rate table is indexed by: countries (the last may be the rest of the world), years, sexes, ages.</summary>
public sealed record Dimensions(IReadOnlyList<string> Countries, int BaseYear, int HorizonYear)
{
    /// <summary>Code used for the rest of the world region.</summary>
    public const string RestOfWorld = "ROW";

    /// <summary>Single years of age 0..<see cref="PopulationState.MaxAge"/>.</summary>
    public const int Ages = PopulationState.MaxAge + 1;

    /// <summary>Education levels (see <see cref="EducationLevel"/>).</summary>
    public const int EducationLevels = 3;

    /// <summary>Number of countries and regions.</summary>
    public int CountryCount => Countries.Count;

    /// <summary>Years from the base year to the horizon, both included.</summary>
    public int Years => HorizonYear - BaseYear + 1;

    /// <summary>Index of <paramref name="iso3"/>, or −1.</summary>
    public int IndexOf(string iso3)
    {
        for (var i = 0; i < Countries.Count; i++)
        {
            if (string.Equals(Countries[i], iso3, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A key for the country that does not depend on which other countries a scenario holds (FNV-1a, mixed).</summary>
    public ulong CountryKey(int country)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in Countries[country])
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        return Rng.Mix(h);
    }
}
