using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Data.Simulation;

/// <summary>
/// Base-year migrant stocks: the World Bank 2017 bilateral matrix (data/knomad), each destination's column
/// scaled by its UN DESA IMS 2020 total stock in the base year over that in 2017 (interpolated between 2015
/// and 2020). The rest of the world is the World row or column minus the listed countries.
/// </summary>
public sealed partial class SimulationInputLoader
{
    /// <summary>Persons born in b living in r at the base date: [b × C + r].</summary>
    private double[] BaseStocks(out double[] femaleShare)
    {
        var path = DataFile("knomad", "wb_bilateral_migrant_stocks_2017_long.csv");
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var iso3 in _scenario.Countries)
        {
            names[SimulationCountries.KnomadName(iso3)] = _dims.IndexOf(iso3);
        }

        var stock = new double[_countries * _countries];
        var fromWorld = new double[_countries];
        var toWorld = new double[_countries];
        foreach (var r in CsvFile.Read(path).Records)
        {
            var origin = r.Text("origin_country");
            var dest = r.Text("destination_country");
            var persons = r.Number("migrants");
            var o = names.GetValueOrDefault(origin, -1);
            var d = names.GetValueOrDefault(dest, -1);
            if (o >= 0 && d >= 0 && o != d)
            {
                stock[(o * _countries) + d] = persons;
            }
            else if (origin == "World" && d >= 0)
            {
                fromWorld[d] = persons;
            }
            else if (dest == "World" && o >= 0)
            {
                toWorld[o] = persons;
            }
        }

        var row = _dims.IndexOf(RestOfWorld);
        if (row >= 0)
        {
            for (var c = 0; c < _countries; c++)
            {
                if (c == row)
                {
                    continue;
                }

                double listedIn = 0, listedOut = 0;
                for (var k = 0; k < _countries; k++)
                {
                    listedIn += k == row ? 0 : stock[(k * _countries) + c];
                    listedOut += k == row ? 0 : stock[(c * _countries) + k];
                }

                stock[(row * _countries) + c] = Math.Max(0, fromWorld[c] - listedIn);
                stock[(c * _countries) + row] = Math.Max(0, toWorld[c] - listedOut);
            }
        }

        ScaleToBaseYear(stock, out femaleShare);
        return stock;
    }

    private void ScaleToBaseYear(double[] stock, out double[] femaleShare)
    {
        var path = DataFile("undesa", "undesa_pd_2020_ims_stock_by_sex_and_destination_table1.csv");
        var rows = CsvFile.Read(path).Records.GroupBy(r => r.Text("Location code")).ToDictionary(g => g.Key, g => g.First());
        string Col(int year, string sex) => string.Create(CultureInfo.InvariantCulture, $"{year} {sex}");
        double Ims(int country, int year, string sex)
        {
            if (_dims.Countries[country] != RestOfWorld)
            {
                var code = Location(country).Code.ToString(CultureInfo.InvariantCulture);
                return rows.TryGetValue(code, out var rec) ? rec.Number(Col(year, sex)) : throw new InputException($"UN DESA IMS has no row for location {code}", path);
            }

            var world = rows["900"].Number(Col(year, sex));
            foreach (var iso3 in _scenario.Countries)
            {
                world -= Ims(_dims.IndexOf(iso3), year, sex);
            }

            return world;
        }

        femaleShare = new double[_countries];
        var year0 = _dims.BaseYear;
        for (var r = 0; r < _countries; r++)
        {
            var in2017 = Ims(r, 2015, "both sexes") + (0.4 * (Ims(r, 2020, "both sexes") - Ims(r, 2015, "both sexes")));
            var factor = in2017 > 0 ? Ims(r, year0, "both sexes") / in2017 : 1;
            for (var b = 0; b < _countries; b++)
            {
                stock[(b * _countries) + r] *= factor;
            }

            var both = Ims(r, year0, "both sexes");
            femaleShare[r] = both > 0 ? Math.Clamp(Ims(r, year0, "females") / both, 0, 1) : 0.5;
        }
    }
}
