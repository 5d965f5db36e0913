using System.Globalization;
using Continuum.Core.Inputs;
using Continuum.Data.IO;

namespace Continuum.Data.Simulation;

/// <summary>
/// Labour rates. WDI/ILO modelled participation (SL.TLF.CACT.FE/MA.ZS, % of population 15+) and
/// unemployment (SL.UEM.TOTL.FE/MA.ZS) by country and year, the latest value not after the year (the rest of
/// the world uses WLD). Participation is applied to ages 15–64 only, scaled by pop15+/pop15–64 of the base
/// year so that the labour force of the 15+ population is kept. Immigrant employment relative to the
/// Canadian-born by years since landing: Statistics Canada table 14-10-0085, both sexes, 25–54.
/// </summary>
public sealed partial class SimulationInputLoader
{
    private static readonly string[] ParticipationCodes = ["SL.TLF.CACT.FE.ZS", "SL.TLF.CACT.MA.ZS"];
    private static readonly string[] UnemploymentCodes = ["SL.UEM.TOTL.FE.ZS", "SL.UEM.TOTL.MA.ZS"];

    private LabourRates Labour()
    {
        var path = DataFile("demography", "wdi", "wdi_selected_long.csv");
        var series = new Dictionary<(string Code, string Country), SortedList<int, double>>();
        foreach (var r in CsvFile.Read(path).Records)
        {
            var code = r.Text("indicator_code");
            if (!ParticipationCodes.Contains(code) && !UnemploymentCodes.Contains(code))
            {
                continue;
            }

            var key = (code, r.Text("country_code"));
            var list = series.TryGetValue(key, out var l) ? l : series[key] = [];
            list[r.Year("year")] = r.Number("value");
        }

        var years = _dims.Years;
        var participation = new double[_countries * years * 2];
        var employment = new double[_countries * years * 2];
        for (var c = 0; c < _countries; c++)
        {
            var wdiCode = _dims.Countries[c] == RestOfWorld ? "WLD" : _dims.Countries[c];
            for (var s = 0; s < 2; s++)
            {
                var scale = PersonsInAges(c, s, 15, 200) / PersonsInAges(c, s, 15, 64);
                for (var y = 0; y < years; y++)
                {
                    var year = _dims.BaseYear + y;
                    var k = (((c * years) + y) * 2) + s;
                    participation[k] = Math.Min(1, Value(series, path, ParticipationCodes[s], wdiCode, year) / 100 * scale);
                    employment[k] = 1 - (Value(series, path, UnemploymentCodes[s], wdiCode, year) / 100);
                }
            }
        }

        return new LabourRates(_dims, participation, employment, ImmigrantEmploymentRatio());
    }

    private static double Value(Dictionary<(string Code, string Country), SortedList<int, double>> series, string path, string code, string country, int year)
    {
        if (!series.TryGetValue((code, country), out var list) || list.Count == 0)
        {
            throw new InputException($"WDI has no {code} series for {country}", path, field: code);
        }

        var best = list.Keys[0];
        foreach (var y in list.Keys)
        {
            if (y <= year)
            {
                best = y;
            }
        }

        return list[best];
    }

    private double[] ImmigrantEmploymentRatio()
    {
        var path = DataFile("demography", "canada", "statcan_14100085_employment_rate_by_immigrant_status_25_54.csv");
        var rows = CsvFile.Read(path).Records.Where(r => r.Text("sex") == "Both sexes").ToList();
        var years = rows.Select(r => r.Year("ref_year")).Distinct().Order().ToList();
        var year = years.Where(y => y <= _dims.BaseYear).DefaultIfEmpty(years[0]).Max();
        double Rate(string status, string band) =>
            rows.FirstOrDefault(r => r.Year("ref_year") == year && r.Text("immigrant_status") == status && r.Text("years_since_landing") == band)?.Number("employment_rate_percent")
            ?? throw new InputException(string.Create(CultureInfo.InvariantCulture, $"no employment rate for '{status}' in {year}"), path);
        var native = Rate("Born in Canada", string.Empty);
        return
        [
            Rate("Immigrants, landed 5 or less years earlier", "0-5") / native,
            Rate("Immigrants, landed more than 5 to 10 years earlier", "5-10") / native,
            Rate("Immigrants, landed more than 10 years earlier", "10+") / native,
        ];
    }
}
