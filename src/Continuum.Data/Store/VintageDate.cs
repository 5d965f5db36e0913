using System.Globalization;
using System.Text.RegularExpressions;

namespace Continuum.Data.Store;

/// <summary>
/// Orders vintages by their release date, read from the vintage text: "WDI 2026-07-01", "WDI 2026-07",
/// "World Bank April 2013", "WPP 2019". "Newest" means the latest release date, never the latest import.
/// </summary>
public static partial class VintageDate
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The release date named in <paramref name="vintage"/>, or null when it names none.</summary>
    public static DateOnly? Parse(string vintage)
    {
        var iso = IsoDate().Match(vintage);
        if (iso.Success)
        {
            var day = iso.Groups[3].Success ? Int(iso.Groups[3].Value) : 1;
            return new DateOnly(Int(iso.Groups[1].Value), Int(iso.Groups[2].Value), day);
        }

        var named = MonthYear().Match(vintage);
        if (named.Success)
        {
            var month = Array.IndexOf(Months, named.Groups[1].Value.ToLowerInvariant()) + 1;
            return new DateOnly(Int(named.Groups[2].Value), month, 1);
        }

        var year = YearOnly().Match(vintage);
        return year.Success ? new DateOnly(Int(year.Groups[1].Value), 7, 1) : null;
    }

    /// <summary>
    /// <paramref name="items"/> ordered newest vintage first: latest release date (<see cref="Parse"/>; a vintage naming
    /// no date counts as oldest), then by vintage text. The one order behind every "newest vintage" answer.
    /// </summary>
    public static IOrderedEnumerable<T> NewestFirst<T>(IEnumerable<T> items, Func<T, string> vintage)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(vintage);
        return items.OrderByDescending(i => Parse(vintage(i)) ?? DateOnly.MinValue).ThenBy(vintage, StringComparer.Ordinal);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b((?:19|20)\d{2})\b")]
    private static partial Regex YearOnly();
}
