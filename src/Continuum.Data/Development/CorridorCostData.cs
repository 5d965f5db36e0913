using System.Globalization;
using Continuum.Data.IO;

namespace Continuum.Data.Development;

/// <summary>
/// Corridor costs from Remittance Prices Worldwide (data/rpw, corridor averages of sending US$200, percent):
/// the mean of the quarters of the base year (clamped to 2011–2020, the years the export covers). A corridor
/// without a value in that year takes, in order, its mean over all quarters, the mean of all corridors into the
/// receiving country that year, the mean of all corridors out of the sender, or the mean of all corridors.
/// The rest of the world (ROW) has no code in RPW, so it takes the receiver's, sender's or overall mean.
/// </summary>
public static class CorridorCostData
{
    /// <summary>Cost fractions [sender × C + receiver] for <paramref name="countries"/> (ISO3; "ROW" allowed).</summary>
    public static double[] Load(string path, IReadOnlyList<string> countries, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var year = Math.Clamp(baseYear, 2011, 2020);
        var prefix = year.ToString(CultureInfo.InvariantCulture) + "Q";
        var byCorridor = new Dictionary<(string, string), (double Year, double All)>();
        var file = CsvFile.Read(path);
        var yearColumns = file.Header.Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        var allColumns = file.Header.Where(h => h.Contains("[YR", StringComparison.Ordinal)).ToArray();
        foreach (var r in file.Records)
        {
            var sender = r.Fields.Count > 1 ? r.Fields[1] : string.Empty;
            if (sender.Length != 3 || r.Text("Series Code") != "ATCR.CORR")
            {
                continue;
            }

            var inYear = Mean(r, yearColumns);
            var all = Mean(r, allColumns);
            if (!double.IsNaN(all))
            {
                byCorridor[(sender, r.Text("Receiving Countries  Code"))] = (inYear, all);
            }
        }

        return Matrix(byCorridor, countries);
    }

    private static double[] Matrix(Dictionary<(string S, string R), (double Year, double All)> data, IReadOnlyList<string> countries)
    {
        var yearValues = data.Where(kv => !double.IsNaN(kv.Value.Year)).ToList();
        var overall = yearValues.Count > 0 ? yearValues.Average(kv => kv.Value.Year) : data.Values.Average(v => v.All);
        double MeanWhere(Func<(string S, string R), bool> pick)
        {
            var v = yearValues.Where(kv => pick(kv.Key)).Select(kv => kv.Value.Year).ToList();
            return v.Count > 0 ? v.Average() : double.NaN;
        }

        var c = countries.Count;
        var cost = new double[c * c];
        for (var s = 0; s < c; s++)
        {
            for (var r = 0; r < c; r++)
            {
                if (s == r)
                {
                    continue;
                }

                var percent = data.TryGetValue((countries[s], countries[r]), out var v) ? (double.IsNaN(v.Year) ? v.All : v.Year) : double.NaN;
                percent = double.IsNaN(percent) ? MeanWhere(k => k.R == countries[r]) : percent;
                percent = double.IsNaN(percent) ? MeanWhere(k => k.S == countries[s]) : percent;
                cost[(s * c) + r] = (double.IsNaN(percent) ? overall : percent) / 100;
            }
        }

        return cost;
    }

    private static double Mean(CsvRecord r, string[] columns)
    {
        double sum = 0;
        var n = 0;
        foreach (var col in columns)
        {
            var v = r.NumberOrNull(col, "..", "");
            if (v is { } x)
            {
                sum += x;
                n++;
            }
        }

        return n > 0 ? sum / n : double.NaN;
    }
}
