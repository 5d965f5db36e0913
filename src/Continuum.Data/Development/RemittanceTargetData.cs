using Continuum.Data.IO;
using Continuum.Data.Simulation;

namespace Continuum.Data.Development;

/// <summary>
/// Remittances received by corridor in the base year, the calibration target: the World Bank/KNOMAD 2017
/// bilateral remittance matrix (data/knomad; sending row, receiving column, US$ millions), with the rest of the
/// world (ROW) as the WORLD total minus the listed countries, each receiving country's column scaled by its
/// personal remittances received (WDI BX.TRF.PWKR.CD.DT) in the base year over 2017 (ROW: WLD minus the listed).
/// </summary>
public static class RemittanceTargetData
{
    /// <summary>The 2017 matrix [host × C + origin] for <paramref name="countries"/>, US$ millions, unscaled.</summary>
    public static double[] Matrix2017(string path, IReadOnlyList<string> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var c = countries.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < c; i++)
        {
            if (countries[i] != Core.Inputs.Dimensions.RestOfWorld)
            {
                index[SimulationCountries.KnomadName(countries[i])] = i;
            }
        }

        var m = new double[c * c];
        var outflow = new double[c];
        var inflow = new double[c];
        foreach (var r in CsvFile.Read(path).Records)
        {
            var s = index.GetValueOrDefault(r.Text("sending_country"), -1);
            var d = index.GetValueOrDefault(r.Text("receiving_country"), -1);
            var usd = r.Number("remittances_usd_millions");
            if (s >= 0 && d >= 0 && s != d)
            {
                m[(s * c) + d] = usd;
            }
            else if (s >= 0 && r.Text("receiving_country") == "WORLD")
            {
                outflow[s] = usd;
            }
            else if (d >= 0 && r.Text("sending_country") == "WORLD")
            {
                inflow[d] = usd;
            }
        }

        FillRestOfWorld(m, countries, outflow, inflow);
        return m;
    }

    /// <summary>The base-year target: <see cref="Matrix2017"/> with each receiver's column scaled by WDI receipts base year ÷ 2017.</summary>
    public static double[] BaseYear(string matrixPath, string wdiReceivedPath, IReadOnlyList<string> countries, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var m = Matrix2017(matrixPath, countries);
        var wdi = WdiValues.ReadSeries(wdiReceivedPath);
        var c = countries.Count;
        for (var o = 0; o < c; o++)
        {
            var scale = Received(wdi, countries, o, baseYear) / Received(wdi, countries, o, 2017);
            for (var h = 0; h < c; h++)
            {
                m[(h * c) + o] *= scale;
            }
        }

        return m;
    }

    private static double Received(WdiValues wdi, IReadOnlyList<string> countries, int o, int year)
    {
        if (countries[o] != Core.Inputs.Dimensions.RestOfWorld)
        {
            return wdi.Get(countries[o], year);
        }

        return wdi.Get("WLD", year) - countries.Where(k => k != Core.Inputs.Dimensions.RestOfWorld).Sum(k => wdi.Get(k, year));
    }

    private static void FillRestOfWorld(double[] m, IReadOnlyList<string> countries, double[] outflow, double[] inflow)
    {
        var c = countries.Count;
        var row = -1;
        for (var i = 0; i < c; i++)
        {
            row = countries[i] == Core.Inputs.Dimensions.RestOfWorld ? i : row;
        }

        if (row < 0)
        {
            return;
        }

        for (var k = 0; k < c; k++)
        {
            if (k == row)
            {
                continue;
            }

            double listedOut = 0, listedIn = 0;
            for (var j = 0; j < c; j++)
            {
                listedOut += j == row ? 0 : m[(k * c) + j];
                listedIn += j == row ? 0 : m[(j * c) + k];
            }

            m[(k * c) + row] = Math.Max(0, outflow[k] - listedOut);
            m[(row * c) + k] = Math.Max(0, inflow[k] - listedIn);
        }
    }
}
