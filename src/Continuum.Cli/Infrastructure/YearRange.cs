using System.Globalization;

namespace Continuum.Cli.Infrastructure;

/// <summary>Parses "2005:2015" or "2013".</summary>
public static class YearRange
{
    /// <summary>True when <paramref name="text"/> is a year or FROM:TO with FROM ≤ TO.</summary>
    public static bool TryParse(string text, out int from, out int to)
    {
        from = to = 0;
        var parts = (text ?? string.Empty).Split(':');
        return parts.Length is 1 or 2 &&
               int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out from) &&
               int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out to) &&
               from is >= 1000 and <= 2999 && to >= from && to <= 2999;
    }
}
