using Continuum.Web.Hosting;
using Continuum.Web.Jobs;

namespace Continuum.Web.Tests;

public sealed class HostingTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    public void IsLoopback_Address_ClassifiedCorrectly(string url, bool loopback) =>
        Assert.Equal(loopback, LoopbackAddress.IsLoopback(url));

    [Fact]
    public void Validate_BeyondLoopbackWithoutToken_FailsNamingToken()
    {
        var options = new ContinuumWebOptions { Urls = "http://0.0.0.0:5080" };

        var ex = Assert.Throws<InputException>(options.Validate);

        Assert.Equal("--token", ex.Field);
    }

    [Fact]
    public void Validate_BeyondLoopbackWithToken_Passes()
    {
        var options = new ContinuumWebOptions { Urls = "http://0.0.0.0:5080", Token = "long-enough-token" };

        options.Validate();

        Assert.Equal("long-enough-token", options.Token);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Validate_MaxRunsOutOfRange_FailsNamingOption(int maxRuns)
    {
        var ex = Assert.Throws<InputException>(new ContinuumWebOptions { MaxConcurrentRuns = maxRuns }.Validate);

        Assert.Equal("--max-runs", ex.Field);
    }

    [Fact]
    public void JobQueue_AtCapacity_RefusesMoreJobs()
    {
        var queue = new JobQueue(new ContinuumWebOptions { MaxConcurrentRuns = 2 }, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<JobQueue>.Instance);

        var first = queue.TrySubmit("t", "one", (_, _) => null);
        var second = queue.TrySubmit("t", "two", (_, _) => null);
        var third = queue.TrySubmit("t", "three", (_, _) => null);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(third);
        Assert.Equal(2, queue.Active);
        Assert.Equal("queued", queue.Find(first.Id)!.State);
    }
}
