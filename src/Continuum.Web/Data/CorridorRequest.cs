using Continuum.Web.Api;

namespace Continuum.Web.Data;

/// <summary>A validated corridor request on a bilateral indicator.</summary>
/// <param name="Indicator">A bilateral indicator the store holds.</param>
/// <param name="Area">A country code, or null for the largest corridors worldwide.</param>
/// <param name="Direction"><c>from</c> or <c>to</c>.</param>
/// <param name="Top">How many corridors to list (1..<see cref="DataService.MaxTop"/>).</param>
/// <param name="All">List every partner (for the map) after the top ones.</param>
public sealed record CorridorRequest(string Indicator, string? Area, string Direction, int Top, bool All)
{
    /// <summary>Validates raw query values; problems are <see cref="InputException"/>s naming the parameter.</summary>
    public static CorridorRequest Parse(DataCatalog catalog, string? indicator, string? area, string? direction, string? top, string? all)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var info = catalog.Indicator(QueryArgs.Text(indicator, "indicator") ?? "KNOMAD.MIG.STOCK");
        if (!info.Bilateral)
        {
            throw new InputException($"{info.Indicator} is not a bilateral matrix (try KNOMAD.MIG.STOCK or KNOMAD.REM.BILAT)", field: "indicator");
        }

        var code = QueryArgs.Text(area, "area");
        if (code is not null)
        {
            if (catalog.Area(code, "area").Kind != "country")
            {
                throw new InputException($"'{code}' is not a country; corridors are between countries", field: "area");
            }
        }

        var dir = QueryArgs.Text(direction, "direction") ?? "from";
        if (dir is not ("from" or "to"))
        {
            throw new InputException($"'{QueryArgs.Clip(dir)}' is not 'from' or 'to'", field: "direction");
        }

        var allText = QueryArgs.Text(all, "all");
        if (allText is not (null or "true" or "false"))
        {
            throw new InputException($"'{QueryArgs.Clip(allText)}' is not true or false", field: "all");
        }

        return new CorridorRequest(info.Indicator, code, dir, QueryArgs.Int(top, "top", 1, DataService.MaxTop, 20), allText == "true");
    }

    /// <summary>A key identifying the request, for the response cache.</summary>
    public string CacheKey => $"{Indicator}|{Area}|{Direction}|{Top}|{All}";
}
