using Continuum.Web.Hosting;
using Continuum.Web.Security;

namespace Continuum.Web.Tests;

/// <summary>Which Host names the server answers to, by start-up options.</summary>
public sealed class SecurityHostPolicyTests
{
    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("[::1]", true)]
    [InlineData("evil.example", false)]
    [InlineData("127.0.0.1.evil.example", false)]
    [InlineData("", false)]
    public void Loopback_Default_AllowsLoopbackNamesOnly(string host, bool allowed) =>
        Assert.Equal(allowed, new HostPolicy(new ContinuumWebOptions()).Allows(host));

    [Fact]
    public void AllowedHosts_Option_AddsNames()
    {
        var policy = new HostPolicy(new ContinuumWebOptions { AllowedHosts = "dash.example.org, 10.0.0.5" });

        Assert.True(policy.Allows("dash.example.org"));
        Assert.True(policy.Allows("10.0.0.5"));
        Assert.False(policy.Allows("evil.example"));
    }

    [Fact]
    public void AllowedHosts_Star_AllowsAny() =>
        Assert.True(new HostPolicy(new ContinuumWebOptions { AllowedHosts = "*" }).Allows("anything.example"));

    [Fact]
    public void BoundAddress_IsAllowed() =>
        Assert.True(new HostPolicy(new ContinuumWebOptions { Urls = "http://192.0.2.7:5080", Token = "0123456789" }).Allows("192.0.2.7"));

    [Fact]
    public void WildcardAddress_AllowsThisMachinesName() =>
        Assert.True(new HostPolicy(new ContinuumWebOptions { Urls = "http://0.0.0.0:5080", Token = "0123456789" }).Allows(Environment.MachineName));

    [Theory]
    [InlineData("a b")]
    [InlineData("x,,y")]
    [InlineData("http://x/")]
    public void AllowedHosts_Malformed_FailsNamingOption(string hosts)
    {
        var ex = Assert.Throws<InputException>(new ContinuumWebOptions { AllowedHosts = hosts }.Validate);

        Assert.Equal("--allowed-hosts", ex.Field);
    }
}
