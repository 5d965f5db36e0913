using Continuum.Web.Storage;

namespace Continuum.Web.Tests;

/// <summary>Values loaded once per store state: one load per key however many ask, dropped on a write, bounded by size.</summary>
public sealed class DataStoreStateCacheTests
{
    [Fact]
    public async Task Get_ManyConcurrentCallersForANewKey_LoadsOnce()
    {
        using var t = new DataTempStore();
        var loads = 0;
        var cache = new StoreStateCache<string>(t.Gate, key =>
        {
            Interlocked.Increment(ref loads);
            Thread.Sleep(50); // long enough for the other callers to arrive while the load runs
            return key + "!";
        }, _ => 1, 10);

        var values = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => cache.GetAsync("a"))));

        Assert.All(values, v => Assert.Equal("a!", v));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task Get_AfterAWrite_LoadsAgain()
    {
        using var t = new DataTempStore();
        var loads = 0;
        var cache = new StoreStateCache<string>(t.Gate, key => key + Interlocked.Increment(ref loads), _ => 1, 10);

        var first = await cache.GetAsync("a");
        var again = await cache.GetAsync("a");
        t.Gate.Write(_ => 0);
        var afterWrite = await cache.GetAsync("a");

        Assert.Equal(("a1", "a1", "a2"), (first, again, afterWrite));
    }

    [Fact]
    public async Task Get_PastTheSizeCap_DropsTheLeastRecentlyUsed()
    {
        using var t = new DataTempStore();
        var cache = new StoreStateCache<string>(t.Gate, key => key, v => v.Length, maxSize: 5);

        await cache.GetAsync("aa");
        await cache.GetAsync("bb");
        await cache.GetAsync("aa");
        await cache.GetAsync("ccc"); // 2 + 2 + 3 > 5: "bb" was used least recently

        Assert.Equal(["aa", "ccc"], cache.LoadedKeys.Order(StringComparer.Ordinal));
        await cache.GetAsync("dddddd"); // larger than the cap alone: kept, everything else dropped
        Assert.Equal(["dddddd"], cache.LoadedKeys);
    }

    [Fact]
    public async Task Get_FailedLoad_IsNotKept()
    {
        using var t = new DataTempStore();
        var calls = 0;
        var cache = new StoreStateCache<string>(t.Gate, key => ++calls == 1 ? throw new InvalidOperationException("first load fails") : key, _ => 1, 10);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("a"));

        Assert.Equal("a", await cache.GetAsync("a"));
    }
}
