using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Data.Demography;

/// <summary>One WPP location: UN M49 code, ISO3 (countries only) and its WPP 2019 / WPP 2024 names.</summary>
/// <param name="Code">UN M49 numeric code as used by WPP 2019.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code, or "" for regions.</param>
/// <param name="Name">The WPP 2019 name (the WPP 2024 name when WPP 2019 lacks the location).</param>
/// <param name="Wpp2024Code">The code of the same location in WPP 2024 (Sub-Saharan Africa: 947 → 1834).</param>
public sealed record WppLocation(int Code, string Iso3, string Name, int Wpp2024Code)
{
    /// <summary>The label used in outputs: ISO3 for countries, else the M49 code.</summary>
    public string Label => Iso3.Length > 0 ? Iso3 : Code.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The shipped <c>data/demography/locations.csv</c>: resolves an area given as ISO3, M49 code or WPP name.
/// </summary>
public sealed class WppLocations
{
    private readonly List<WppLocation> _all = [];

    private WppLocations()
    {
    }

    /// <summary>Every location, in file order.</summary>
    public IReadOnlyList<WppLocation> All => _all;

    /// <summary>Reads <paramref name="path"/> (columns country_code, iso3, kind, name_wpp2019, name_wpp2024).</summary>
    public static WppLocations Read(string path)
    {
        var csv = CsvFile.Read(path);
        csv.RequireColumns("country_code", "iso3", "name_wpp2019", "name_wpp2024");
        var rows = csv.Records.Select(r => (Code: r.Integer("country_code"), Iso3: r.Text("iso3"), N19: r.Text("name_wpp2019"), N24: r.Text("name_wpp2024"))).ToList();
        var locations = new WppLocations();
        foreach (var row in rows)
        {
            if (row.N19.Length == 0 && rows.Any(o => o.N19.Length > 0 && o.N19 == row.N24))
            {
                continue; // a WPP 2024-only code for a location WPP 2019 has under another code
            }

            var name = row.N19.Length > 0 ? row.N19 : row.N24;
            var code2024 = row.N24.Length > 0 ? row.Code : rows.FirstOrDefault(o => o.N24 == name, row).Code;
            locations._all.Add(new WppLocation(row.Code, row.Iso3, name, code2024));
        }

        return locations;
    }

    /// <summary>
    /// The location named by <paramref name="area"/> (ISO3, M49 code or WPP name, case-insensitive), or an
    /// error naming <paramref name="field"/> and the accepted values.
    /// </summary>
    public WppLocation Resolve(string area, string field = "area")
    {
        var key = area.Trim();
        var hit = _all.FirstOrDefault(l =>
            (l.Iso3.Length > 0 && string.Equals(l.Iso3, key, StringComparison.OrdinalIgnoreCase)) ||
            l.Code.ToString(CultureInfo.InvariantCulture) == key ||
            string.Equals(l.Name, key, StringComparison.OrdinalIgnoreCase));
        return hit ?? throw new InputException(
            $"unknown area '{area}'; use an ISO3 code, a UN M49 code or a WPP name from data/demography/locations.csv, e.g. CAN, NGA, 903 (Africa)",
            field: field);
    }
}
