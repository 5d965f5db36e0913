namespace Continuum;

/// <summary>
/// "Did you mean …?" for misspelt names (command-line options, query keys, JSON properties): the known name at the
/// smallest edit distance, when that distance is small for the name's length.
/// </summary>
public static class Spelling
{
    /// <summary>
    /// The name in <paramref name="known"/> closest to <paramref name="typed"/> (case-insensitive <see cref="Distance"/>),
    /// or null when none is within a third of the longer name's length (at least 1, at most 3 edits); a known name that
    /// starts with what was typed (a shortened option) also counts.
    /// </summary>
    public static string? Suggest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = Distance(typed.ToLowerInvariant(), name.ToLowerInvariant());
            var allowed = Math.Clamp(Math.Max(typed.Length, name.Length) / 3, 1, 3);
            var prefix = typed.Length >= 3 && name.StartsWith(typed, StringComparison.OrdinalIgnoreCase);
            if ((distance <= allowed || prefix) && distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return best;
    }

    /// <summary>"; did you mean X?" to append to a sentence, or an empty string when nothing is close.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> known) =>
        Suggest(typed, known) is { } hit ? $"; did you mean {hit}?" : string.Empty;

    /// <summary>
    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbouring
    /// characters (<c>form</c> → <c>from</c>) each count one.
    /// </summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
