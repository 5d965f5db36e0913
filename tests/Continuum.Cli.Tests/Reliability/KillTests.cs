namespace Continuum.Cli.Tests.Reliability;

/// <summary>
/// kill -9 (SIGKILL) of the real <c>continuum</c> process at seeded random points of an import and of a run: afterwards
/// the store opens, <c>evidence</c> runs, and it holds either the state before or the state after — never part of a
/// dataset or of a run.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class KillTests(ShippedStoreFixture fixture)
{
    [Fact]
    public void DataImport_KilledAtRandomPoints_StoreHoldsBeforeOrAfterAndEvidenceRuns()
    {
        var file = BigImportFile.Write(fixture.Folder, indicators: 30, "KILL");
        var before = ShippedStoreFixture.Counts(fixture.BaseStore);
        var complete = fixture.Copy();
        var run = ContinuumCli.Run("data", "import", file, "--vintage", "reliability test", "--store", complete);
        Assert.True(run.ExitCode == 0, run.Error);
        var after = ShippedStoreFixture.Counts(complete);
        Assert.Equal(before.Datasets + 1, after.Datasets);
        var random = new Random(20261204);
        foreach (var delay in KillPoints(random, count: 4, maxMilliseconds: 9000))
        {
            var store = fixture.Copy();
            KillAfter(delay, "data", "import", file, "--vintage", "reliability test", "--store", store);
            var counts = ShippedStoreFixture.Counts(store);
            Assert.True(counts == before || counts == after, $"killed after {delay} ms: {counts}, expected {before} or {after}");
            EvidenceRuns(store);
        }
    }

    [Fact]
    public void Run_KilledAtRandomPoints_NoRunHalfStoredAndEvidenceRuns()
    {
        var random = new Random(20261205);
        foreach (var delay in KillPoints(random, count: 4, maxMilliseconds: 7000))
        {
            var store = fixture.Copy();
            KillAfter(delay, "run", "scenarios/small.toml", "--store", store);
            var counts = ShippedStoreFixture.Counts(store);
            Assert.True(counts.Runs is 0 or 1, $"killed after {delay} ms: {counts.Runs} runs");
            EvidenceRuns(store);
        }
    }

    /// <summary>Kill times in milliseconds after the start, spread from process start-up to the late part of the work.</summary>
    private static IEnumerable<int> KillPoints(Random random, int count, int maxMilliseconds) =>
        Enumerable.Range(0, count).Select(i => (maxMilliseconds * i / count) + random.Next(300, Math.Max(301, maxMilliseconds / count))).ToList();

    private static void KillAfter(int milliseconds, params string[] args)
    {
        using var cli = CliProcess.Start(null, args);
        if (!cli.WaitForExit(TimeSpan.FromMilliseconds(milliseconds)))
        {
            cli.KillHard();
        }

        Assert.True(cli.Process.HasExited);
    }

    private static void EvidenceRuns(string store)
    {
        var evidence = ContinuumCli.Run("evidence", "--format", "csv", "--store", store);
        Assert.True(evidence.ExitCode == 0, evidence.Error);
        Assert.Contains("supported", evidence.Out, StringComparison.Ordinal);
    }
}
