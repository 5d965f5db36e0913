namespace Continuum.Core;

/// <summary>
/// Counter-based random numbers: a draw is a pure function of (run key, person key, year, stream), so it
/// does not depend on the order in which persons are visited, on the thread count, or on any other draw.
/// Two scenarios that share a seed share every draw of every person and process (common random numbers).
/// </summary>
public static class Rng
{
    private const double TwoPowMinus53 = 1.0 / (1UL << 53);

    /// <summary>SplitMix64 finaliser: a bijective 64-bit mixer (Steele, Lea and Flood 2014).</summary>
    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The key of one run: the scenario seed and the replicate number.</summary>
    public static ulong RunKey(ulong seed, int replicate) => Mix(Mix(seed) ^ (0xA24BAED4963EE407UL * (ulong)(uint)replicate));

    /// <summary>The key of one process's stream in one simulated year of a run.</summary>
    public static ulong StreamKey(ulong runKey, int year, DrawStream stream) =>
        Mix(runKey ^ Mix(((ulong)(uint)year << 8) | (byte)stream));

    /// <summary>A uniform number in [0, 1) for one person in one stream; 53 random bits.</summary>
    public static double Uniform(ulong streamKey, ulong personKey) => (Mix(personKey ^ streamKey) >> 11) * TwoPowMinus53;

    /// <summary>A uniform number in [0, 1) for one person, year and process of a run.</summary>
    public static double Uniform(ulong runKey, ulong personKey, int year, DrawStream stream) =>
        Uniform(StreamKey(runKey, year, stream), personKey);

    /// <summary>The key of a person created from <paramref name="parentKey"/> in <paramref name="year"/> (a birth or a split move).</summary>
    public static ulong ChildKey(ulong parentKey, int year, DrawStream kind, int detail = 0) =>
        Mix(parentKey ^ Mix(((ulong)(uint)year << 24) | ((ulong)(uint)detail << 8) | (byte)kind));

    /// <summary>
    /// The smallest m with P(Poisson(<paramref name="mean"/>) ≤ m) &gt; <paramref name="u"/>, capped at <paramref name="max"/>:
    /// an inverse-CDF Poisson draw from one uniform, so it stays counter-based.
    /// </summary>
    public static int PoissonInverse(double mean, double u, int max)
    {
        var p = Math.Exp(-mean);
        var cdf = p;
        var m = 0;
        while (u >= cdf && m < max)
        {
            m++;
            p *= mean / m;
            cdf += p;
            if (p < 1e-300 && cdf >= 1)
            {
                break;
            }
        }

        return m;
    }
}
