using DuckDB.NET.Data;

namespace Continuum.Cli.Tests.Reliability;

/// <summary>Two <c>data import</c> processes on one store: the second waits for the first, or fails naming it; the store stays consistent.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class RacingWriterTests(ShippedStoreFixture fixture)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public void TwoImports_SecondWaits_BothSucceedInTurn()
    {
        var store = fixture.Copy();
        var a = BigImportFile.Write(fixture.Folder, indicators: 10, "RACEA");
        var b = BigImportFile.Write(fixture.Folder, indicators: 10, "RACEB");
        var before = ShippedStoreFixture.Counts(store);
        var wait = new Dictionary<string, string> { ["CONTINUUM_STORE_WAIT_SECONDS"] = "120" };
        using var first = CliProcess.Start(wait, "data", "import", a, "--vintage", "reliability test", "--store", store);
        using var second = CliProcess.Start(wait, "data", "import", b, "--vintage", "reliability test", "--store", store);
        Assert.True(first.WaitForExit(Limit) && second.WaitForExit(Limit), "an import did not end");
        Assert.True(first.Process.ExitCode == 0, first.Error);
        Assert.True(second.Process.ExitCode == 0, second.Error);
        var after = ShippedStoreFixture.Counts(store);
        Assert.Equal(before.Datasets + 2, after.Datasets);
    }

    [Fact]
    public void SecondImport_StoreHeldWithoutWaiting_FailsNamingTheHolderAndStoreStaysConsistent()
    {
        var store = fixture.Copy();
        var a = BigImportFile.Write(fixture.Folder, indicators: 30, "HOLDA");
        var b = BigImportFile.Write(fixture.Folder, indicators: 2, "HOLDB");
        var before = ShippedStoreFixture.Counts(store);
        using var first = CliProcess.Start(null, "data", "import", a, "--vintage", "reliability test", "--store", store);
        if (!WaitUntilLocked(store, first))
        {
            Assert.Fail("the first import ended before it was seen holding the store: " + first.Error);
        }

        var second = ContinuumCli.Run(new Dictionary<string, string> { ["CONTINUUM_STORE_WAIT_SECONDS"] = "0" }, "data", "import", b, "--vintage", "reliability test", "--store", store);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains($"is being changed by `continuum data import` (PID {first.Process.Id})", Flat.Text(second.Error), StringComparison.Ordinal);
        Assert.Contains(store, Flat.Text(second.Error), StringComparison.Ordinal);
        Assert.DoesNotContain("Conflicting lock", second.Error, StringComparison.Ordinal);
        Assert.True(first.WaitForExit(Limit) && first.Process.ExitCode == 0, first.Error);
        var after = ShippedStoreFixture.Counts(store);
        Assert.Equal(before.Datasets + 1, after.Datasets);
    }

    /// <summary>True once another process holds <paramref name="store"/> read-write (a read-only open meets its lock); false if it exits first.</summary>
    internal static bool WaitUntilLocked(string store, CliProcess holder)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (DateTime.UtcNow < deadline && !holder.Process.HasExited)
        {
            try
            {
                using var probe = new DuckDBConnection("Data Source=" + store + ";ACCESS_MODE=READ_ONLY");
                probe.Open();
            }
            catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return false;
    }
}
