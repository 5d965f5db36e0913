using Continuum.Data.IO;
using Continuum.Data.Simulation;

namespace Continuum.Data.Development;

/// <summary>
/// Remittances received by corridor in 2017: the World Bank/KNOMAD 2017 bilateral remittance matrix (data/knomad;
/// sending row, receiving column, US$ millions), with the rest of the world (ROW) as the WORLD total minus the listed
/// countries. <see cref="RemittanceBaseYear"/> brings it to the base year (the calibration target).
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
