using System.Globalization;

namespace Continuum.Data.Formats;

/// <summary>Parses published age-group labels: "15-19" → (15, 19), "100+" → (100, 999), "65" → (65, 65).</summary>
public static class AgeGroup
{
    /// <summary>The first and last age (999 for an open group), or null when <paramref name="label"/> is not an age group.</summary>
    public static (int Start, int End)? Parse(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var s = label.Trim();
        if (s.EndsWith('+'))
        {
            return Int(s[..^1]) is { } open ? (open, 999) : null;
        }

        var dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return Int(s) is { } single ? (single, single) : null;
        }

        return Int(s[..dash]) is { } a && Int(s[(dash + 1)..]) is { } b && b >= a ? (a, b) : null;
    }

    private static int? Int(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= 150 ? v : null;
}
