using Continuum.Core.Inputs;

namespace Continuum.Data.Simulation;

/// <summary>
/// One calibration pass: the base period (five years) is simulated with neutral levers and a fixed seed while
/// the engine sums each corridor's expected flow (Σ weight × move probability, far less noisy than counted
/// moves), and each corridor's rates are scaled by Abel–Cohen target / expected flow (clamped to [0.5, 2];
/// corridors under 20,000 movers per period are left alone). This corrects what the first-order rates F / (5 N) miss: the
/// populations at risk change during the period, and age, education and duration risks interact.
/// Because the seed is fixed and levers are neutral, every scenario with the same countries and base year gets
/// the same calibrated rates.
/// </summary>
public static class MigrationCalibration
{
    /// <summary>Seed of the calibration run.</summary>
    public const ulong Seed = 0xCA11B4A7E;

    /// <summary>Smallest 5-year corridor flow that is calibrated.</summary>
    public const double MinimumFlow = 20_000;

    /// <summary>Returns the migration rates of <paramref name="inputs"/> rescaled to the base-period targets.</summary>
    /// <param name="inputs">Inputs with first-order rates (levers are ignored).</param>
    /// <param name="leaving">Target 5-year flows o → d of persons not born in d (natives leaving + onward), [o × C + d].</param>
    /// <param name="returns">Target 5-year returns o → d of persons born in d, [o × C + d].</param>
    public static MigrationRates Calibrate(SimulationInputs inputs, double[] leaving, double[] returns)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(leaving);
        ArgumentNullException.ThrowIfNull(returns);
        var neutral = inputs with
        {
            Seed = Seed, MigrationEnabled = true, TrackExpectedFlows = true, Levers = new Core.Scenario.Levers(inputs.Dimensions.CountryCount),
            Development = null, ExtraAdmissions = [],
        };
        var years = Math.Min(5, inputs.Dimensions.Years - 1);
        var c = inputs.Dimensions.CountryCount;
        var leavingExpected = new long[c * c];
        var returnsExpected = new long[c * c];
        using (var simulation = new Core.Engine.Simulation(neutral, Math.Min(2, Environment.ProcessorCount)))
        {
            simulation.Start(0);
            for (var y = 0; y < years; y++)
            {
                simulation.StepYear();
                for (var k = 0; k < c * c; k++)
                {
                    leavingExpected[k] += simulation.Result.ExpectedLeaving[y][k];
                    returnsExpected[k] += simulation.Result.ExpectedReturns[y][k];
                }
            }
        }

        return Rescale(inputs, leaving, returns, years / 5.0, leavingExpected, returnsExpected);
    }

    private static MigrationRates Rescale(SimulationInputs inputs, double[] leaving, double[] returns, double share, long[] leavingExpected, long[] returnsExpected)
    {
        var m = inputs.Migration;
        var c = inputs.Dimensions.CountryCount;
        var emigration = (double[])m.EmigrationProbability.Clone();
        var onward = (double[])m.OnwardProbability.Clone();
        var returnRate = (double[])m.ReturnProbability.Clone();
        var maxRisk = m.ReturnDurationRelativeRisk.Max();
        for (var o = 0; o < c; o++)
        {
            for (var d = 0; d < c; d++)
            {
                var k = (o * c) + d;
                var expectedLeaving = Core.Output.SimulationResult.Persons(leavingExpected[k]) / Core.Engine.WorkerAccumulator.ExpectedScale;
                var expectedReturns = Core.Output.SimulationResult.Persons(returnsExpected[k]) / Core.Engine.WorkerAccumulator.ExpectedScale;
                var leaveFactor = Factor(leaving[k] * share, expectedLeaving);
                var returnFactor = Factor(returns[k] * share, expectedReturns);
                emigration[(o * 2 * c) + d] *= leaveFactor;
                emigration[(((o * 2) + 1) * c) + d] *= leaveFactor;
                onward[k] = Math.Min(0.25, onward[k] * leaveFactor);
                returnRate[(o * c) + d] = Math.Min(0.5 / maxRisk, returnRate[(o * c) + d] * returnFactor);
            }
        }

        return new MigrationRates(inputs.Dimensions, new MigrationTables
        {
            EmigrationProbability = emigration, EmigrationAgeRelativeRisk = m.EmigrationAgeRelativeRisk,
            EmigrationEducationRelativeRisk = m.EmigrationEducationRelativeRisk, ReturnProbability = returnRate,
            ReturnDurationRelativeRisk = m.ReturnDurationRelativeRisk, OnwardProbability = onward,
            BaseOriginProbability = m.BaseOriginProbability, DurationBinProbability = m.DurationBinProbability, BaseStockPersons = m.BaseStockPersons,
        });
    }

    private static double Factor(double target, double simulated) =>
        target < MinimumFlow || simulated <= 0 ? 1 : Math.Clamp(target / simulated, 0.5, 2);
}
