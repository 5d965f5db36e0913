using System.Globalization;
using Continuum.Data.Store;
using Continuum.Web.Storage;

namespace Continuum.Web.Tests;

/// <summary>
/// The server's store access: read-only connections normally, read-write only during a write, reads continuing during
/// a write and seeing only committed data.
/// </summary>
public sealed class StoreGateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("continuum-gate-").FullName;

    [Fact]
    public void Read_OutsideAWrite_ConnectionIsReadOnly()
    {
        using var gate = NewGate();
        gate.Write(s =>
        {
            s.Execute("CREATE TABLE t (x INTEGER)");
            return 0;
        });
        var error = Assert.ThrowsAny<Exception>(() => gate.Read(s =>
        {
            s.Execute("INSERT INTO t VALUES (1)");
            return 0;
        }));
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DuringAWrite_ProceedsAndSeesOnlyCommittedRows()
    {
        using var gate = NewGate();
        gate.Write(s =>
        {
            s.Execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)");
            return 0;
        });
        using var inserted = new ManualResetEventSlim();
        using var readDone = new ManualResetEventSlim();
        var writing = Task.Run(() => gate.Write(s =>
        {
            using var tx = s.Connection.BeginTransaction();
            s.Execute("INSERT INTO t VALUES (2)");
            inserted.Set();
            // The write stays open until the read has been answered; a read blocked by the write would time out here.
            var answered = readDone.Wait(TimeSpan.FromSeconds(60));
            tx.Commit();
            return answered;
        }), TestContext.Current.CancellationToken);
        Assert.True(inserted.Wait(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        var seen = gate.Read(s => Convert.ToInt64(s.Scalar("SELECT count(*) FROM t"), CultureInfo.InvariantCulture));
        readDone.Set();
        Assert.True(await writing, "the read waited for the write");
        Assert.Equal(1, seen);
        Assert.Equal(2, gate.Read(s => Convert.ToInt64(s.Scalar("SELECT count(*) FROM t"), CultureInfo.InvariantCulture)));
        Assert.Equal(2, gate.Version);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private StoreGate NewGate() => new(ContinuumStore.Open(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".duckdb")));
}
