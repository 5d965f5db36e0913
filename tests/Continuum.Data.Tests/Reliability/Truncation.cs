using FsCheck;
using FsCheck.Fluent;

namespace Continuum.Data.Tests.Reliability;

/// <summary>Seeded cut points for the truncation fuzzer: random byte offsets and offsets just after a line end.</summary>
internal static class Truncation
{
    /// <summary>The fuzzer's seed; a failure names its offset, and the same seed gives the same offsets.</summary>
    public const ulong Seed = 20_261_204;

    /// <summary>Cuts of <paramref name="bytes"/> (never empty, never whole): <paramref name="random"/> anywhere and <paramref name="atLineEnds"/> after a line feed.</summary>
    public static int[] Offsets(string name, byte[] bytes, int random, int atLineEnds)
    {
        var seed = new Rnd(Seed ^ (ulong)StableHash(name));
        var anywhere = Gen.Choose(1, bytes.Length - 1).Sample(random, seed, 100);
        var lineEnds = Enumerable.Range(0, bytes.Length - 1).Where(i => bytes[i] == '\n').Select(i => i + 1).ToArray();
        var boundary = lineEnds.Length == 0 ? [] : Gen.Elements(lineEnds).Sample(atLineEnds, seed, 100);
        int[] offsets = [.. anywhere.Concat(boundary).Distinct().Order()];
        return offsets.Length >= random / 2 ? offsets : throw new InvalidOperationException($"the generator gave {offsets.Length} cuts of {name}");
    }

    private static int StableHash(string s) => s.Aggregate(17, (h, c) => unchecked((h * 31) + c));
}
