using Continuum.Core.Development;
using Continuum.Core.Engine;
using Continuum.Core.Output;
using Continuum.Core.Processes.Census;
using Continuum.Core.Processes.Demography;
using Continuum.Core.Processes.Earnings;
using Continuum.Core.Processes.Integration;
using Continuum.Core.Processes.Labour;
using Continuum.Core.Processes.Migration;
using Continuum.Core.Processes.Reintegration;
using Continuum.Core.Processes.Remittances;
using FsCheck.Xunit;

namespace Continuum.Core.Tests.Development;

/// <summary>The development processes in the engine's pipeline, on synthetic inputs (no shipped data).</summary>
public sealed class DevelopmentPipelineTests
{
    [Fact]
    public void Default_WithDevelopment_RunsTheDevelopmentProcessesAfterLabourAndBeforeTheCensus()
    {
        var pipeline = ProcessPipeline.Default(SyntheticInputs.CreateWithDevelopment(1));

        Assert.Equal([typeof(EducationProcess), typeof(LabourProcess), typeof(IntegrationProcess), typeof(ReintegrationProcess), typeof(EarningsProcess),
            typeof(RemittanceProcess), typeof(CensusProcess), typeof(MortalityProcess), typeof(FertilityProcess), typeof(MigrationProcess)],
            pipeline.Processes.Select(p => p.GetType()));
        Assert.IsType<DevelopmentAccount>(pipeline.RunHooks[0]);
        Assert.Null(pipeline.Paired);
    }

    [Fact]
    public void Default_WithoutDevelopment_HasNoRunHooksAndNoDevelopmentResult()
    {
        var inputs = SyntheticInputs.Create(3);

        Assert.Empty(ProcessPipeline.Default(inputs).RunHooks);
        Assert.Null(EngineRun.Run(inputs).Development);
        Assert.Throws<ArgumentException>(() => ProcessPipeline.Default(inputs, SyntheticInputs.Development()));
    }

    [Property(MaxTest = 4)]
    public bool PairedDevelopment_AnySeed_EqualsThatScenarioRunOnItsOwn(ulong seed)
    {
        var a = SyntheticInputs.CreateWithDevelopment(seed, years: 4);
        var b = a with { Development = SyntheticInputs.Development(remittanceCost: 0.02, earningsPenalty: 0.1) };
        var pipeline = ProcessPipeline.Default(a, b.Development);
        SimulationResult shared;
        using (var simulation = new Simulation(a, pipeline, threads: 2, chunkSize: 300))
        {
            shared = simulation.Run(0, cancellationToken: TestContext.Current.CancellationToken);
        }

        var aAlone = EngineRun.Run(a, threads: 1, chunkSize: 512);
        var bAlone = EngineRun.Run(b, threads: 3, chunkSize: 700);
        return EngineRun.Identical(shared, aAlone) && SameSums(shared.Development!, aAlone.Development!)
            && SameSums(pipeline.Paired!.Result, bAlone.Development!) && !SameSums(shared.Development!, bAlone.Development!);
    }

    [Property(MaxTest = 4)]
    public bool Development_OneAndThreeThreadsAnyChunkSize_IdenticalSums(ulong seed, byte chunk)
    {
        var inputs = SyntheticInputs.CreateWithDevelopment(seed, years: 4);
        var one = EngineRun.Run(inputs, threads: 1, chunkSize: 64 + chunk);
        var three = EngineRun.Run(inputs, threads: 3, chunkSize: 1024);
        return EngineRun.Identical(one, three) && SameSums(one.Development!, three.Development!);
    }

    [Fact]
    public void Run_WithDevelopment_CountsEarningsRemittancesAndUnderemployment()
    {
        var result = EngineRun.Run(SyntheticInputs.CreateWithDevelopment(11)).Development!;

        var last = result.Years.Length - 1;
        Assert.True(result.EarningsUsdMillions(last, 0) > 0);
        Assert.True(result.ReceivedUsdMillions(0, 1) > 0);
        Assert.True(result.Years[last].TertiaryImmigrantsEmployed[0] > 0);
        Assert.InRange(result.UnderemploymentRate(last, 0), 0, 1);
    }

    [Fact]
    public void Validate_LeverMakesAProbabilityAboveOne_ThrowsNamingTheLever()
    {
        var inputs = SyntheticInputs.Create(1, emigrationMultiplier: 1e4);

        var error = Assert.Throws<InputException>(() => Simulation.Validate(inputs));
        Assert.Equal("emigration_rate_multiplier.AAA", error.Field);
    }

    private static bool SameSums(DevelopmentResult a, DevelopmentResult b)
    {
        for (var y = 0; y < a.Years.Length; y++)
        {
            DevelopmentSums x = a.Years[y], z = b.Years[y];
            if (!x.EarningsUsd.SequenceEqual(z.EarningsUsd) || !x.EffectiveLabour.SequenceEqual(z.EffectiveLabour)
                || !x.Underemployed.SequenceEqual(z.Underemployed) || !x.TertiaryImmigrantsEmployed.SequenceEqual(z.TertiaryImmigrantsEmployed)
                || !x.RemittancesSentUsd.SequenceEqual(z.RemittancesSentUsd) || !x.RemittancesReceivedUsd.SequenceEqual(z.RemittancesReceivedUsd))
            {
                return false;
            }
        }

        return true;
    }
}
