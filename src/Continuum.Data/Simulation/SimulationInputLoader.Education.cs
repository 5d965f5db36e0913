using Continuum.Core.Inputs;
using Continuum.Data.IO;

namespace Continuum.Data.Simulation;

/// <summary>
/// Education from Barro–Lee v2.2 (5-year age groups by sex) in the latest survey year not after the base
/// year: levels are lu + lp (primary or less), ls (secondary) and lh (tertiary), renormalised to sum to 1.
/// Countries Barro–Lee lacks (and the rest of the world) get the population-weighted mean of all
/// countries in the file.
/// </summary>
public sealed partial class SimulationInputLoader
{
    private EducationRates Education()
    {
        var csv = CsvFile.Read(DataFile("demography", "education", "barro_lee_v2.2_attainment_5y_age_sex.csv"));
        var surveyYear = Math.Min(2010, _dims.BaseYear - (_dims.BaseYear % 5));
        var table = new Dictionary<(string Iso3, int Sex, int Group), double[]>();
        var pooled = new Dictionary<(int Sex, int Group), double[]>();
        foreach (var r in csv.Records)
        {
            var sex = r.Text("sex") switch { "F" => 0, "M" => 1, _ => -1 };
            if (sex < 0 || r.Year("year") != surveyYear)
            {
                continue;
            }

            var from = r.Integer("agefrom");
            var to = r.Integer("ageto");
            var group = from >= 25 && (to - from == 4 || (from == 75 && to == 999)) ? Math.Min((from - 25) / 5, EducationRates.BaseAgeGroups - 1) : -1;
            if (group < 0)
            {
                continue;
            }

            var shares = new[] { r.Number("lu") + r.Number("lp"), r.Number("ls"), r.Number("lh") };
            var total = shares.Sum();
            if (total <= 0)
            {
                throw r.Error("education shares sum to 0", "lu");
            }

            table[(r.Text("iso3"), sex, group)] = [.. shares.Select(x => x / total)];
            var weight = r.Number("pop_thousands");
            var pool = pooled.TryGetValue((sex, group), out var p) ? p : pooled[(sex, group)] = new double[4];
            for (var k = 0; k < 3; k++)
            {
                pool[k] += shares[k] / total * weight;
            }

            pool[3] += weight;
        }

        return BuildEducation(table, pooled);
    }

    private EducationRates BuildEducation(Dictionary<(string Iso3, int Sex, int Group), double[]> table, Dictionary<(int Sex, int Group), double[]> pooled)
    {
        var baseShares = new double[_countries * 2 * EducationRates.BaseAgeGroups * Dimensions.EducationLevels];
        var cohortShares = new double[_countries * 2 * Dimensions.EducationLevels];
        for (var c = 0; c < _countries; c++)
        {
            for (var s = 0; s < 2; s++)
            {
                for (var g = 0; g < EducationRates.BaseAgeGroups; g++)
                {
                    var shares = table.TryGetValue((_dims.Countries[c], s, g), out var own) ? own : Pooled(pooled, s, g);
                    var offset = ((((c * 2) + s) * EducationRates.BaseAgeGroups) + g) * Dimensions.EducationLevels;
                    shares.AsSpan().CopyTo(baseShares.AsSpan(offset, Dimensions.EducationLevels));
                    if (g == 0)
                    {
                        shares.AsSpan().CopyTo(cohortShares.AsSpan(((c * 2) + s) * Dimensions.EducationLevels, Dimensions.EducationLevels));
                    }
                }
            }
        }

        return new EducationRates(_dims, baseShares, cohortShares);
    }

    private double[] Pooled(Dictionary<(int Sex, int Group), double[]> pooled, int sex, int group)
    {
        if (!pooled.TryGetValue((sex, group), out var pool) || pool[3] <= 0)
        {
            throw new InputException($"Barro–Lee has no {_dims.BaseYear} rows to pool for age group {25 + (group * 5)}", DataFile("demography", "education", "barro_lee_v2.2_attainment_5y_age_sex.csv"));
        }

        return [pool[0] / pool[3], pool[1] / pool[3], pool[2] / pool[3]];
    }
}
