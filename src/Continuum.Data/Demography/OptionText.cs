using System.Globalization;

namespace Continuum.Data.Demography;

/// <summary>Small text helpers shared by the option records of the demographic front ends.</summary>
internal static class OptionText
{
    /// <summary>Shortens a value echoed in an error message to 40 characters.</summary>
    public static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";

    /// <summary>Two whole numbers separated by <paramref name="separator"/> (no signs), or (−1, −1) when <paramref name="text"/> is not such a pair.</summary>
    public static (int First, int Second) Pair(string text, char separator)
    {
        var parts = text.Split(separator, StringSplitOptions.TrimEntries);
        return parts.Length == 2 &&
               int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a) &&
               int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            ? (a, b)
            : (-1, -1);
    }
}
