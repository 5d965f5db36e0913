using Continuum.Models.Projection;
using Continuum.Models.Tests.LifeTables;

namespace Continuum.Models.Tests.Projection;

/// <summary>Projection inputs built from Canada's 2010–2015 mortality with chosen fertility and migration.</summary>
internal static class SyntheticInputs
{
    public static double[] Asfr(double tfr)
    {
        var asfr = new double[21];
        double[] shares = [0.03, 0.15, 0.30, 0.30, 0.16, 0.05, 0.01]; // ages 15–49
        for (var i = 0; i < shares.Length; i++)
        {
            asfr[3 + i] = tfr * shares[i] / 5;
        }

        return asfr;
    }

    public static ProjectionInputs Build(double[] female, double[] male, int periods, double tfr, double[]? migrationPerGroup = null, double mortalityScale = 1)
    {
        var migration = migrationPerGroup ?? new double[21];
        var mxF = LifeTableTests.CanadaFemale2010.Select(m => m * mortalityScale).ToArray();
        var mxM = LifeTableTests.CanadaMale2010.Select(m => m * mortalityScale).ToArray();
        var rates = Enumerable.Range(0, periods)
            .Select(p => new PeriodRates(2020 + (5 * p), mxF, mxM, Asfr(tfr), 1.05, migration, migration))
            .ToArray();
        return new ProjectionInputs(2020, female, male, rates);
    }

    public static double[] Flat(double perGroup) => Enumerable.Repeat(perGroup, 21).ToArray();
}
