using Continuum.Core.Inputs;
using Continuum.Data.Demography;

namespace Continuum.Data.Simulation;

/// <summary>
/// Migration probabilities (docs/engine.md §Migration): a 5-year Abel–Cohen flow F over the population at
/// risk N at the base date gives the annual probability F / (5 N). Emigration: N = natives of the origin by
/// sex; return: N = the base stock of the corridor; onward: N = all foreign-born residents.
/// </summary>
public sealed partial class SimulationInputLoader
{
    private const double PeriodYears = 5;

    private MigrationRates Migration(EducationRates education)
    {
        var stock = BaseStocks(out var femaleShare);
        var (flows, past) = Flows();
        var c = _countries;
        var foreignBorn = new double[c * 2];
        var emigration = new double[c * 2 * c];
        for (var r = 0; r < c; r++)
        {
            for (var s = 0; s < 2; s++)
            {
                var share = s == 0 ? femaleShare[r] : 1 - femaleShare[r];
                for (var b = 0; b < c; b++)
                {
                    foreignBorn[(r * 2) + s] += stock[(b * c) + r] * share;
                }

                var natives = Math.Max(1, PersonsInAges(r, s, 0, 200) - foreignBorn[(r * 2) + s]);
                var outward = s == 0 ? flows.OutwardFemale : flows.OutwardMale;
                for (var d = 0; d < c; d++)
                {
                    emigration[(((r * 2) + s) * c) + d] = outward[(r * c) + d] / PeriodYears / natives;
                }
            }
        }

        for (var k = 0; k < c * c; k++)
        {
            _targetLeaving[k] = flows.OutwardFemale[k] + flows.OutwardMale[k] + flows.Onward[k];
            _targetReturns[k] = flows.Returns[k];
        }

        var durationBins = DurationBins(stock, past);
        var durationRisk = ParameterTables.ReturnDurationRelativeRisk(_scenario.Tables["return_duration_relative_risk"]);
        return new MigrationRates(_dims, new MigrationTables
        {
            EmigrationProbability = emigration,
            EmigrationAgeRelativeRisk = AgeRelativeRisk(),
            EmigrationEducationRelativeRisk = ParameterTables.EmigrationEducationRelativeRisk(
                _scenario.Tables["emigration_education_relative_risk"], _dims, EducationDistribution(education)),
            ReturnProbability = ReturnProbability(stock, flows.Returns, durationBins, durationRisk),
            ReturnDurationRelativeRisk = durationRisk,
            OnwardProbability = OnwardProbability(foreignBorn, flows.Onward),
            BaseOriginProbability = BaseOriginProbability(stock, femaleShare),
            DurationBinProbability = durationBins,
            BaseStockPersons = stock,
        });
    }

    /// <summary>Largest relative emigration risk of an age group; WPP's net-migration pattern can put a few
    /// hundred movers at 100+ where almost nobody lives, which would otherwise give a risk in the hundreds.</summary>
    private const double MaxAgeRelativeRisk = 5;

    /// <summary>Relative emigration risk by age: the WPP 2024 age–sex pattern of (absolute) net migration of the
    /// origin for 2020–2025 divided by its age structure (rest of the world: less developed regions), capped at
    /// <see cref="MaxAgeRelativeRisk"/> and renormalised to a population-weighted mean of 1.</summary>
    private double[] AgeRelativeRisk()
    {
        var risk = new double[_countries * 2 * Dimensions.Ages];
        for (var c = 0; c < _countries; c++)
        {
            var location = _dims.Countries[c] == RestOfWorld ? _wpp.Locations.Resolve(LessDevelopedCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) : Location(c);
            var (female, male) = _wpp.MediumMigration(location, WppDemography.FirstPatternPeriod);
            for (var s = 0; s < 2; s++)
            {
                var pattern = (s == 0 ? female : male).Select(Math.Abs).ToArray();
                var groupRisk = GroupRisk(c, s, pattern);
                var offset = ((c * 2) + s) * Dimensions.Ages;
                for (var age = 0; age < Dimensions.Ages; age++)
                {
                    risk[offset + age] = groupRisk[Math.Min(age / 5, pattern.Length - 1)];
                }
            }
        }

        return risk;
    }

    private double[] GroupRisk(int c, int s, double[] pattern)
    {
        var patternTotal = pattern.Sum();
        var population = PersonsInAges(c, s, 0, 200);
        var persons = new double[pattern.Length];
        var risk = new double[pattern.Length];
        double weighted = 0;
        for (var g = 0; g < pattern.Length; g++)
        {
            persons[g] = PersonsInAges(c, s, g * 5, g == pattern.Length - 1 ? 200 : (g * 5) + 4);
            risk[g] = patternTotal > 0 && persons[g] > 0 ? Math.Min(MaxAgeRelativeRisk, pattern[g] / patternTotal / (persons[g] / population)) : 1;
            weighted += risk[g] * persons[g];
        }

        var mean = weighted / population;
        return mean > 0 ? risk.Select(r => r / mean).ToArray() : risk;
    }

    /// <summary>Share of each education level among residents 25+ (Barro–Lee base shares weighted by population).</summary>
    private double[] EducationDistribution(EducationRates education)
    {
        var dist = new double[_countries * Dimensions.EducationLevels];
        for (var c = 0; c < _countries; c++)
        {
            var total = 0.0;
            for (var s = 0; s < 2; s++)
            {
                for (var g = 0; g < EducationRates.BaseAgeGroups; g++)
                {
                    var persons = PersonsInAges(c, s, 25 + (g * 5), g == EducationRates.BaseAgeGroups - 1 ? 200 : 29 + (g * 5));
                    total += persons;
                    for (var e = 0; e < Dimensions.EducationLevels; e++)
                    {
                        dist[(c * Dimensions.EducationLevels) + e] += persons * education.BaseShares[((((c * 2) + s) * EducationRates.BaseAgeGroups) + g) * Dimensions.EducationLevels + e];
                    }
                }
            }

            for (var e = 0; e < Dimensions.EducationLevels; e++)
            {
                dist[(c * Dimensions.EducationLevels) + e] /= total;
            }
        }

        return dist;
    }
}
