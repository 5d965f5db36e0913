using Continuum.Core.Development;
using Continuum.Core.Population;
using Continuum.Core.Processes;
using FsCheck.Xunit;

namespace Continuum.Core.Tests.Development;

public sealed class DevelopmentStepsTests
{
    private static readonly string[] Countries = ["CAN", "PHL"];

    private static DevelopmentParameters Parameters(double target)
    {
        var costs = new CorridorCosts(Countries, [0, 0.07, 0.05, 0]);
        return new DevelopmentParameters
        {
            Countries = Countries,
            Integration = new IntegrationProfile(0.25, 6.5),
            Recognition = new CredentialRecognition(2, 0.5, 6.5, 0.3),
            Earnings = new EarningsModel([60_000, 6_000], [4, 11, 15, 5, 10, 14], 0.09, 0.03, -0.0005),
            Remittances = new RemittanceBehaviour(2, 0.75, 20),
            Costs = costs,
            Return = new ReturnPolicy(2),
            Economies = [new EconomyBase(1e6, 4e6, 0.65, 0.04, 0.25, 1.2e6), new EconomyBase(2e5, 6e5, 0.4, 0.05, 0.2, 2e5)],
            TargetReceivedUsdMillions = [0, target, 10, 0],
        };
    }

    /// <summary>Persons in Canada: natives and Philippine-born immigrants of secondary education (no underemployment draw), all employed.</summary>
    private static PopulationState State(int n)
    {
        var s = new PopulationState(n);
        for (var i = 0; i < n; i++)
        {
            var immigrant = i % 3 == 0;
            s.Add((ulong)i * 7919, 256 * 100, (short)(2010 - 20 - (i % 40)), immigrant ? (byte)1 : (byte)0, 0, (byte)(i % 2),
                (byte)EducationLevel.Secondary, immigrant ? MigrationStatus.Immigrant : MigrationStatus.Native, (byte)(i % 25));
            s.Labour[i] = (byte)LabourStatus.Employed;
        }

        return s;
    }

    private static double[] AllEmployed() => Enumerable.Repeat(1.0, 2 * 2 * 4).ToArray();

    [Fact]
    public void CalibratedSteps_AllEmployedNoDraws_ReceivedEqualsTargetAndMeanEarningsAnchored()
    {
        var p = Parameters(2.0);
        var state = State(3000);
        var cal = DevelopmentCalibration.Calibrate(p, state, 2010, AllEmployed());
        var sums = new DevelopmentSums(2);
        new DevelopmentSteps(p, cal, 42).Accumulate(state, 0, state.Count, 2010, sums);
        var received = sums.RemittancesReceivedUsd[1] / (double)PopulationState.WeightUnitsPerPerson / 1e6;
        // Everyone is employed and secondary-educated, so the expectation is exact up to per-person rounding to
        // whole US$ (about US$20 a person here): within 0.5 %.
        Assert.InRange(received, 2.0 * 0.995, 2.0 * 1.005);
        var meanEarnings = sums.EarningsUsd[0] / (double)PopulationState.WeightUnitsPerPerson / (3000 * 100);
        Assert.Equal(60_000, meanEarnings, 0);
        Assert.True(sums.RemittancesSentUsd[1] > sums.RemittancesReceivedUsd[1]);
    }

    [Property(MaxTest = 20)]
    public bool Accumulate_AnySplitIntoChunks_SameTotals(ushort split)
    {
        var p = Parameters(2.0);
        var state = State(600);
        var steps = new DevelopmentSteps(p, DevelopmentCalibration.Calibrate(p, state, 2010, AllEmployed()), 7);
        var whole = new DevelopmentSums(2);
        steps.Accumulate(state, 0, state.Count, 2015, whole);
        var a = new DevelopmentSums(2);
        var b = new DevelopmentSums(2);
        var cut = split % state.Count;
        steps.Accumulate(state, cut, state.Count, 2015, a);
        steps.Accumulate(state, 0, cut, 2015, b);
        a.Add(b);
        return a.EarningsUsd.SequenceEqual(whole.EarningsUsd) && a.RemittancesReceivedUsd.SequenceEqual(whole.RemittancesReceivedUsd)
            && a.EffectiveLabour.SequenceEqual(whole.EffectiveLabour);
    }

    [Fact]
    public void Steps_CheaperCorridor_MoreArrivesSameSent()
    {
        var p = Parameters(2.0);
        var state = State(900);
        var cal = DevelopmentCalibration.Calibrate(p, state, 2010, AllEmployed());
        var before = new DevelopmentSums(2);
        new DevelopmentSteps(p, cal, 1).Accumulate(state, 0, state.Count, 2012, before);
        p = p with { Costs = p.Costs.WithAll(0.03) };
        var after = new DevelopmentSums(2);
        // Calibration ignores the scenario cost: the same shares are sent, only the cost changes.
        new DevelopmentSteps(p, DevelopmentCalibration.Calibrate(p, state, 2010, AllEmployed()), 1).Accumulate(state, 0, state.Count, 2012, after);
        Assert.Equal(before.RemittancesSentUsd[1], after.RemittancesSentUsd[1]);
        Assert.True(after.RemittancesReceivedUsd[1] > before.RemittancesReceivedUsd[1]);
    }

    [Fact]
    public void Steps_RecognitionAgreement_LowersUnderemploymentOfTertiaryImmigrants()
    {
        var state = new PopulationState(4000);
        for (var i = 0; i < 4000; i++)
        {
            state.Add((ulong)i * 104729, 256, 1980, 1, 0, 0, (byte)EducationLevel.Tertiary, MigrationStatus.Immigrant, 3);
            state.Labour[i] = (byte)LabourStatus.Employed;
        }

        var p = Parameters(2.0);
        var cal = DevelopmentCalibration.Calibrate(p, state, 2010, AllEmployed());
        var without = new DevelopmentSums(2);
        new DevelopmentSteps(p, cal, 99).Accumulate(state, 0, state.Count, 2010, without);
        p = p with { Recognition = p.Recognition.WithAgreement(0, 1, 1.0, 0) };
        var with = new DevelopmentSums(2);
        new DevelopmentSteps(p, cal, 99).Accumulate(state, 0, state.Count, 2010, with);
        // Expected underemployed share 0.5·exp(−3/6.5) = 0.315; 4,000 draws give a standard error of 0.0073.
        Assert.InRange(without.Underemployed[0] / (256.0 * 4000), 0.315 - 0.04, 0.315 + 0.04);
        Assert.Equal(0, with.Underemployed[0]);
        Assert.True(with.EarningsUsd[0] > without.EarningsUsd[0]);
    }
}
