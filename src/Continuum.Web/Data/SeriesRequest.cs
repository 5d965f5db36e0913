using Continuum.Web.Api;

namespace Continuum.Web.Data;

/// <summary>A validated data-explorer request: one indicator, 1 to 12 areas, a year range and optionally a vintage.</summary>
/// <param name="Indicator">A code the store holds.</param>
/// <param name="Areas">Known area codes.</param>
/// <param name="FromYear">First year (1800..2200).</param>
/// <param name="ToYear">Last year, at least <paramref name="FromYear"/>.</param>
/// <param name="Vintage">A vintage of the indicator, or null for the newest per area.</param>
public sealed record SeriesRequest(string Indicator, IReadOnlyList<string> Areas, int FromYear, int ToYear, string? Vintage)
{
    /// <summary>Most areas in one request.</summary>
    public const int MaxAreas = 12;

    /// <summary>Validates raw query values against the catalog; every problem is an <see cref="InputException"/> naming the parameter.</summary>
    public static SeriesRequest Parse(DataCatalog catalog, string? indicator, string? areas, string? from, string? to, string? vintage)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var info = catalog.Indicator(QueryArgs.Required(indicator, "indicator"));
        var codes = QueryArgs.Codes(areas, "areas", MaxAreas);
        foreach (var code in codes)
        {
            catalog.Area(code);
        }

        var first = QueryArgs.Int(from, "from", 1800, 2200, 1960);
        var last = QueryArgs.Int(to, "to", 1800, 2200, 2100);
        if (last < first)
        {
            throw new InputException("must not be before 'from'", field: "to");
        }

        var v = QueryArgs.Text(vintage, "vintage");
        if (v is not null && !info.Vintages.Contains(v, StringComparer.Ordinal))
        {
            throw new InputException($"'{QueryArgs.Clip(v)}' is not a vintage of {info.Indicator} (held: {string.Join(", ", info.Vintages)})", field: "vintage");
        }

        return new SeriesRequest(info.Indicator, codes, first, last, v);
    }

    /// <summary>A key identifying the request, for the response cache.</summary>
    public string CacheKey => $"{Indicator}|{string.Join(',', Areas)}|{FromYear}|{ToYear}|{Vintage}";
}
