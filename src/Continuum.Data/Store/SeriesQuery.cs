namespace Continuum.Data.Store;

/// <summary>
/// Which observations to fetch: one indicator for one area, optionally a vintage (else the newest that has
/// the series), a year range and the other dimensions (defaults: both sexes, all ages, no counterpart, any variant).
/// </summary>
public sealed record SeriesQuery(
    string Indicator,
    string Area,
    string? Vintage = null,
    int? FromYear = null,
    int? ToYear = null,
    string Sex = "T",
    int AgeStart = -1,
    string Counterpart = "",
    string? Variant = null);

/// <summary>One value of a series.</summary>
public sealed record SeriesPoint(string Period, int Year, double Value);

/// <summary>A series as stored, with the source and vintage it came from.</summary>
public sealed record Series(string Indicator, string Area, string Source, string Vintage, string Unit, IReadOnlyList<SeriesPoint> Points)
{
    /// <summary>The value for <paramref name="year"/>, or null.</summary>
    public double? ValueIn(int year) => Points.FirstOrDefault(p => p.Year == year && p.Period.Length == 4)?.Value
                                        ?? Points.FirstOrDefault(p => p.Year == year)?.Value;
}

/// <summary>A vintage of an indicator held by the store.</summary>
public sealed record VintageInfo(string Source, string Vintage, DateOnly? Released, long Observations);
