using Continuum.Data.IO;

namespace Continuum.Data.Development;

/// <summary>
/// Years of schooling of the engine's three education levels per country, from Barro–Lee v2.2 (ages 25+, both
/// sexes, the latest year ≤ the base year): primary-or-less = (6·lpc + 3·(lp − lpc)) ÷ (lu + lp);
/// secondary = 6 + (6·lsc + 3·(ls − lsc)) ÷ ls; tertiary = 12 + (4·lhc + 2·(lh − lhc)) ÷ lh (nominal durations
/// 6/6/4 years, an incomplete level counting half; Barro–Lee use national durations). Countries without
/// Barro–Lee data and the rest of the world take the unweighted mean of all countries in the file.
/// </summary>
public static class SchoolingData
{
    /// <summary>Years by [country × 3 + level].</summary>
    public static double[] Load(string path, IReadOnlyList<string> countries, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var year = Math.Min(2010, baseYear - (baseYear % 5));
        var byCountry = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var r in CsvFile.Read(path).Records)
        {
            if (r.Year("year") == year && r.Text("sex") == "MF" && r.Text("agefrom") == "25" && r.Text("ageto") == "999")
            {
                byCountry[r.Text("iso3")] = Years(r);
            }
        }

        if (byCountry.Count == 0)
        {
            throw new InputException($"no Barro–Lee rows for ages 25+ in {year}", path, field: "year");
        }

        var mean = Enumerable.Range(0, 3).Select(l => byCountry.Values.Average(v => v[l])).ToArray();
        var result = new double[countries.Count * 3];
        for (var i = 0; i < countries.Count; i++)
        {
            (byCountry.GetValueOrDefault(countries[i]) ?? mean).CopyTo(result, i * 3);
        }

        return result;
    }

    private static double[] Years(CsvRecord r)
    {
        var d = DevelopmentAssumptions.LevelDurations;
        double lu = r.Number("lu"), lp = r.Number("lp"), lpc = r.Number("lpc"), ls = r.Number("ls"), lsc = r.Number("lsc"), lh = r.Number("lh"), lhc = r.Number("lhc");
        var primary = lu + lp > 0 ? ((d[0] * lpc) + (d[0] / 2 * (lp - lpc))) / (lu + lp) : 0;
        var secondary = d[0] + (ls > 0 ? ((d[1] * lsc) + (d[1] / 2 * (ls - lsc))) / ls : d[1] / 2);
        var tertiary = d[0] + d[1] + (lh > 0 ? ((d[2] * lhc) + (d[2] / 2 * (lh - lhc))) / lh : d[2] / 2);
        return [primary, secondary, tertiary];
    }
}
