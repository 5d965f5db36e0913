using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Data.Areas;

/// <summary>
/// Builds the harmonised area table from the real shipped files (never from invented codes): WDI long files,
/// the RPW DataBank export and <c>wdi_countries.csv</c> give World Bank codes and names; Abel–Cohen totals give
/// ISO3 for UN-named countries; UN DESA IMS Table 1 and <c>locations.csv</c> give M49 codes; KNOMAD and the
/// April 2013 file give their own spellings. Names that match nothing come from the hand-made
/// <c>data/areas/hand_aliases.csv</c>; anything still unmatched stops the build with a list.
/// </summary>
public sealed partial class AreaTableBuilder
{
    private readonly Dictionary<string, Area> _areas = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Scheme, string Alias), string> _aliases = [];
    private readonly Dictionary<(string Scheme, string Alias), string> _hand = [];
    private readonly HashSet<string> _countryCodes = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private readonly HashSet<(string Scheme, string Alias)> _ambiguous = [];
    private readonly string _data;

    private AreaTableBuilder(string dataDirectory) => _data = dataDirectory;

    /// <summary>Builds the tables from the shipped data folder <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="InputException">When a published name maps to no area or two sources disagree.</exception>
    public static (IReadOnlyList<Area> Areas, IReadOnlyList<AreaAlias> Aliases) Build(string dataDirectory)
    {
        var b = new AreaTableBuilder(dataDirectory);
        b.LoadHand();
        b.CollectCountryCodes();
        b.AddWorldBankSources();
        b.AddUnDesa();
        b.AddLocations();
        b.AddNames(AreaSchemes.Knomad, b.KnomadNames());
        b.AddNames(AreaSchemes.AbelCohen, b.AbelCohenNamesWithoutIso3());
        b.AddNames(AreaSchemes.WorldBankHistorical, b.Column(Path.Combine("wb-historical", "wb_remittance_inflows_usd_millions_2013-04.csv"), "Country"));
        if (b._problems.Count > 0)
        {
            throw new InputException("the area table cannot be built: " + string.Join("; ", b._problems), Path.Combine(dataDirectory, "areas"));
        }

        var aliases = b._aliases.Select(kv => new AreaAlias(kv.Key.Scheme, kv.Key.Alias, kv.Value)).ToList();
        return ([.. b._areas.Values], aliases);
    }

    private string File(params string[] parts) => Path.Combine([_data, .. parts]);

    private void LoadHand()
    {
        foreach (var a in AreaTableFiles.ReadAreas(File("areas", "hand_areas.csv")))
        {
            _areas[a.Code] = a;
        }

        foreach (var a in AreaTableFiles.ReadAliases(File("areas", "hand_aliases.csv")))
        {
            _hand[(a.Scheme, Key(a.Alias))] = a.Code;
            AddAlias(a.Scheme, a.Alias, a.Code);
        }
    }

    private void CollectCountryCodes()
    {
        foreach (var r in CsvFile.Read(File("demography", "migration", "abel_cohen_2022_country_flow_totals_5y.csv")).Records)
        {
            _countryCodes.Add(MapCode(r.Text("iso3")));
        }

        foreach (var (_, code) in RpwPairs())
        {
            _countryCodes.Add(code);
        }

        foreach (var r in CsvFile.Read(File("demography", "locations.csv")).Records.Where(r => r.Text("kind") == "country"))
        {
            _countryCodes.Add(r.Text("iso3"));
        }
    }

    private void AddWorldBankSources()
    {
        foreach (var path in Directory.GetFiles(File("wdi"), "*.csv").Where(p => !Path.GetFileName(p).StartsWith("API_", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var r in CsvFile.Read(path).Records)
            {
                AddWorldBankArea(r.Text("Country Name"), r.Text("Country Code"));
            }
        }

        // The API v2 "DS2" download (2021) lists aggregates that the 2026 mirror files no longer carry (e.g. FCS).
        foreach (var path in Directory.GetFiles(File("wdi"), "API_*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var r in CsvFile.Read(path, skipLines: 4).Records)
            {
                AddWorldBankArea(r.Text("Country Name"), r.Text("Country Code"));
            }
        }

        foreach (var (name, code) in RpwPairs())
        {
            AddWorldBankArea(name, code);
        }

        foreach (var r in CsvFile.Read(File("demography", "wdi", "wdi_countries.csv")).Records)
        {
            AddWorldBankArea(r.Text("country_name"), r.Text("country_code"));
        }

        foreach (var r in CsvFile.Read(File("demography", "migration", "abel_cohen_2022_country_flow_totals_5y.csv")).Records)
        {
            var code = MapCode(r.Text("iso3"));
            if (code.Length > 0)
            {
                EnsureCountry(code, r.Text("country"));
            }

            // "Sudan*" is the pre-2011 Sudan (SUD); its name would collide with today's Sudan (SDN).
            if (code.Length > 0 && !r.Text("country").EndsWith('*'))
            {
                AddAlias(AreaSchemes.Name, r.Text("country"), code);
            }
        }
    }

    private void AddWorldBankArea(string name, string rawCode)
    {
        var code = MapCode(rawCode);
        if (!_areas.ContainsKey(code))
        {
            var country = _countryCodes.Contains(code);
            _areas[code] = new Area(code, country ? AreaKind.Country : AreaKind.WorldBankAggregate, name, country ? code : string.Empty, 0, code);
        }

        AddAlias(AreaSchemes.WorldBank, rawCode, code);
        AddAlias(AreaSchemes.Name, name, code);
    }

    private void EnsureCountry(string code, string name)
    {
        if (!_areas.ContainsKey(code))
        {
            _areas[code] = new Area(code, AreaKind.Country, name, code, 0, string.Empty);
        }
    }

    private string MapCode(string code) => _hand.GetValueOrDefault((AreaSchemes.WorldBank, Key(code)), code);

    private static string Key(string s) => AreaRegistry.Normalise(s).ToUpperInvariant();

    private static string M49Code(int m49) => m49 == 900 ? "WLD" : "M49-" + m49.ToString(CultureInfo.InvariantCulture);

    private void AddAlias(string scheme, string alias, string code)
    {
        var norm = AreaRegistry.Normalise(alias);
        if (norm.Length == 0)
        {
            return;
        }

        var key = (scheme, Key(norm));
        if (_aliases.TryGetValue(key, out var existing) && existing != code)
        {
            if (scheme == AreaSchemes.UnDesa)
            {
                // UN DESA reuses a name for two groups (e.g. the SDG region 1830 and the geographic region 904,
                // differing only in case); its readers resolve by M49 code, so the name is left ambiguous.
                _ambiguous.Add(key);
                _aliases.Remove(key);
            }
            else if (!_hand.ContainsKey(key))
            {
                _problems.Add($"{scheme} name '{norm}' means both {existing} and {code}");
            }

            return;
        }

        if (!_ambiguous.Contains(key))
        {
            _aliases[key] = code;
        }
    }
}
