using Continuum.Core.Development;
using Continuum.Core.Inputs;
using Continuum.Core.Scenario;

namespace Continuum.Core.Tests;

/// <summary>Small, made-up but valid inputs for fast property tests (no files): three countries with
/// different weights (the third is heavy, so moves split persons), migration between all of them, and optionally
/// the development parameters (integration, earnings, remittances, return) of those countries.</summary>
internal static class SyntheticInputs
{
    public static readonly string[] Countries = ["AAA", "BBB", "ROW"];

    public static SimulationInputs Create(ulong seed, int years = 6, double emigrationMultiplier = 1, double returnMultiplier = 1,
        double admissionsCap = double.PositiveInfinity, bool migration = true, double scale = 0.1, uint[]? weights = null)
    {
        var dims = new Dimensions(Countries, 2010, 2010 + years);
        var c = Countries.Length;
        var levers = new Levers(c);
        levers.EmigrationRateMultiplier[0] = emigrationMultiplier;
        levers.ReturnHazardMultiplier[1] = returnMultiplier;
        levers.AdmissionsCapPersons[1] = admissionsCap;
        return new SimulationInputs
        {
            Dimensions = dims,
            Seed = seed,
            MigrationEnabled = migration,
            Base = new BasePopulation(dims, Persons(c, scale), weights ?? [256 * 10, 256 * 3, 256 * 60]),
            Demography = Demography(dims),
            Education = new EducationRates(dims, Fill(c * 2 * EducationRates.BaseAgeGroups, [0.5, 0.3, 0.2]), Fill(c * 2, [0.4, 0.35, 0.25])),
            Labour = new LabourRates(dims, Enumerable.Repeat(0.7, c * dims.Years * 2).ToArray(), Enumerable.Repeat(0.93, c * dims.Years * 2).ToArray(), [0.8, 0.9, 0.97]),
            Migration = Migration(c),
            Levers = levers,
        };
    }

    /// <summary><see cref="Create"/> with development parameters (<see cref="Development"/>).</summary>
    public static SimulationInputs CreateWithDevelopment(ulong seed, int years = 6, double remittanceCost = 0.05, double earningsPenalty = 0.3) =>
        Create(seed, years) with { Development = Development(remittanceCost, earningsPenalty) };

    /// <summary>
    /// Development parameters of the three countries built from constructors only: the same data cost
    /// <paramref name="remittanceCost"/> in every corridor, recognition with <paramref name="earningsPenalty"/>, and
    /// remittance targets in every corridor so that the calibration has something to fit.
    /// </summary>
    public static DevelopmentParameters Development(double remittanceCost = 0.05, double earningsPenalty = 0.3)
    {
        var c = Countries.Length;
        var costs = new double[c * c];
        var targets = new double[c * c];
        for (var h = 0; h < c; h++)
        {
            for (var o = 0; o < c; o++)
            {
                costs[(h * c) + o] = h == o ? 0 : remittanceCost;
                targets[(h * c) + o] = h == o ? 0 : 5 + h + (2 * o);
            }
        }

        return new DevelopmentParameters
        {
            Countries = Countries,
            Integration = new IntegrationProfile(0.25, 6.5),
            Recognition = new CredentialRecognition(c, 0.5, 6.5, earningsPenalty),
            Earnings = new EarningsModel([50_000, 8_000, 15_000], [4, 11, 15, 5, 10, 14, 3, 9, 13], 0.09, 0.03, -0.0005),
            Remittances = new RemittanceBehaviour(c, 0.75, 20),
            Costs = new CorridorCosts(Countries, costs),
            Return = new ReturnPolicy(c),
            Economies =
            [
                new EconomyBase(1e6, 4e6, 0.65, 0.04, 0.25, 1.2e6), new EconomyBase(2e5, 6e5, 0.4, 0.05, 0.2, 2e5),
                new EconomyBase(5e6, 1.5e7, 0.55, 0.05, 0.22, 5e6),
            ],
            TargetReceivedUsdMillions = targets,
        };
    }

    private static double[] Persons(int countries, double scale)
    {
        var persons = new double[countries * 2 * Dimensions.Ages];
        for (var k = 0; k < countries * 2; k++)
        {
            for (var age = 0; age <= 90; age++)
            {
                persons[(k * Dimensions.Ages) + age] = scale * (k / 2 == 2 ? 60_000 : 2_000) * (1 - (age / 100.0));
            }
        }

        return persons;
    }

    private static DemographyRates Demography(Dimensions dims)
    {
        var cy = dims.CountryCount * dims.Years;
        var death = new double[cy * 2 * Dimensions.Ages];
        for (var i = 0; i < death.Length; i++)
        {
            var age = i % Dimensions.Ages;
            death[i] = Math.Min(1, 0.0005 + (0.00002 * age * age));
        }

        var birth = new double[cy * Dimensions.Ages];
        for (var i = 0; i < birth.Length; i++)
        {
            birth[i] = i % Dimensions.Ages is >= 18 and <= 40 ? 0.09 : 0;
        }

        return new DemographyRates(dims, death, Enumerable.Repeat(0.004, cy * 2).ToArray(), birth, Enumerable.Repeat(0.512, cy).ToArray());
    }

    private static MigrationRates Migration(int c)
    {
        var emigration = new double[c * 2 * c];
        var returns = new double[c * c];
        var onward = new double[c * c];
        var origin = new double[c * 2 * c];
        for (var o = 0; o < c; o++)
        {
            for (var d = 0; d < c; d++)
            {
                if (o == d)
                {
                    continue;
                }

                emigration[(o * 2 * c) + d] = 0.004 + (0.002 * d);
                emigration[(((o * 2) + 1) * c) + d] = 0.005 + (0.001 * o);
                returns[(o * c) + d] = 0.03 + (0.01 * d);
                onward[(o * c) + d] = 0.004;
                origin[(o * 2 * c) + d] = 0.04;
                origin[(((o * 2) + 1) * c) + d] = 0.05;
            }
        }

        var ageRisk = new double[c * 2 * Dimensions.Ages];
        for (var i = 0; i < ageRisk.Length; i++)
        {
            ageRisk[i] = i % Dimensions.Ages is >= 18 and <= 40 ? 2.0 : 0.5;
        }

        return new MigrationRates(new Dimensions(Countries, 2010, 2011), new MigrationTables
        {
            EmigrationProbability = emigration,
            EmigrationAgeRelativeRisk = ageRisk,
            EmigrationEducationRelativeRisk = Fill(c, [0.8, 1.0, 1.5]),
            ReturnProbability = returns,
            ReturnDurationRelativeRisk = Enumerable.Range(0, MigrationRates.Durations).Select(y => 2.0 - (y / 30.0)).ToArray(),
            OnwardProbability = onward,
            BaseOriginProbability = origin,
            DurationBinProbability = Fill(c * c, [0.3, 0.2, 0.2, 0.1, 0.2]),
        });
    }

    private static double[] Fill(int groups, double[] pattern)
    {
        var values = new double[groups * pattern.Length];
        for (var g = 0; g < groups; g++)
        {
            pattern.CopyTo(values, g * pattern.Length);
        }

        return values;
    }
}
