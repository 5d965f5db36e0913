using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Data.Areas;

public sealed partial class AreaTableBuilder
{
    private void AddUnDesa()
    {
        var path = File("undesa", "undesa_pd_2020_ims_stock_by_sex_and_destination_table1.csv");
        foreach (var r in CsvFile.Read(path).Records)
        {
            var name = AreaRegistry.Normalise(r.Text("Region, development group, country or area"));
            var m49 = r.Integer("Location code");
            var code = m49 >= 900 ? EnsureUnAggregate(m49, name) : CountryFor(AreaSchemes.UnDesa, name, $"UN DESA M49 {m49}");
            if (code is null)
            {
                continue;
            }

            EnsureCountry(code, name);
            if (m49 < 900)
            {
                MarkCountry(code);
            }

            SetM49(code, m49);
            AddAlias(AreaSchemes.UnDesa, name, code);
            AddAlias(AreaSchemes.M49, m49.ToString(CultureInfo.InvariantCulture), code);
        }
    }

    private void AddLocations()
    {
        foreach (var r in CsvFile.Read(File("demography", "locations.csv")).Records)
        {
            var m49 = r.Integer("country_code");
            var name = r.Text("name_wpp2024").Length > 0 ? r.Text("name_wpp2024") : r.Text("name_wpp2019");
            var code = r.Text("kind") == "country" ? r.Text("iso3") : EnsureUnAggregate(m49, name);
            EnsureCountry(code, name);
            SetM49(code, m49);
            AddAlias(AreaSchemes.M49, m49.ToString(CultureInfo.InvariantCulture), code);
            AddAlias(AreaSchemes.Wpp2019, r.Text("name_wpp2019"), code);
            AddAlias(AreaSchemes.Wpp2024, r.Text("name_wpp2024"), code);
        }
    }

    private void AddNames(string scheme, IEnumerable<string> names)
    {
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var code = CountryFor(scheme, name, scheme);
            if (code is not null)
            {
                AddAlias(scheme, name, code);
            }
        }
    }

    private string? CountryFor(string scheme, string name, string where)
    {
        var key = Key(name);
        var code = _hand.GetValueOrDefault((scheme, key)) ?? _aliases.GetValueOrDefault((AreaSchemes.Name, key));
        if (code is null)
        {
            _problems.Add($"{where} name '{name}' matches no area (add it to data/areas/hand_aliases.csv)");
        }

        return code;
    }

    private string EnsureUnAggregate(int m49, string name)
    {
        var code = M49Code(m49);
        if (!_areas.ContainsKey(code))
        {
            _areas[code] = new Area(code, AreaKind.UnAggregate, name, string.Empty, m49, string.Empty);
        }

        return code;
    }

    /// <summary>A World Bank code that UN DESA lists as a country (e.g. LCA, absent from the Abel–Cohen iso3s) is a country.</summary>
    private void MarkCountry(string code)
    {
        var area = _areas[code];
        if (area.Kind == AreaKind.WorldBankAggregate)
        {
            _areas[code] = area with { Kind = AreaKind.Country, Iso3 = code };
        }
    }

    private void SetM49(string code, int m49)
    {
        var area = _areas[code];
        if (area.M49 == 0)
        {
            _areas[code] = area with { M49 = m49 };
        }
        else if (area.M49 != m49)
        {
            _problems.Add($"area {code} has two M49 codes, {area.M49} and {m49}");
        }
    }

    private IEnumerable<(string Name, string Code)> RpwPairs()
    {
        var csv = CsvFile.Read(File("rpw", "rpw_corridors_databank_export_2011Q1-2020Q3.csv"));
        foreach (var r in csv.Records)
        {
            if (r.Text("Sending Countries Code").Length > 0)
            {
                yield return (r.Text("Sending Countries Name"), MapCode(r.Text("Sending Countries Code")));
                yield return (r.Text("Receiving Countries  Name"), MapCode(r.Text("Receiving Countries  Code")));
            }
        }
    }

    private IEnumerable<string> KnomadNames()
    {
        var stocks = CsvFile.Read(File("knomad", "wb_bilateral_migrant_stocks_2017_long.csv"));
        var remit = CsvFile.Read(File("knomad", "wb_bilateral_remittance_estimates_2017_long.csv"));
        return stocks.Records.SelectMany(r => new[] { r.Text("origin_country"), r.Text("destination_country") })
            .Concat(remit.Records.SelectMany(r => new[] { r.Text("sending_country"), r.Text("receiving_country") }));
    }

    private IEnumerable<string> Column(string relative, string column) =>
        CsvFile.Read(File(relative)).Records.Select(r => r.Text(column));

    private IEnumerable<string> AbelCohenNamesWithoutIso3() =>
        CsvFile.Read(File("demography", "migration", "abel_cohen_2022_country_flow_totals_5y.csv")).Records
            .Where(r => r.Text("iso3").Length == 0).Select(r => r.Text("country"));
}
