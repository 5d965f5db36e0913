using System.Net;
using System.Net.NetworkInformation;
using Continuum.Web.Hosting;

namespace Continuum.Web.Security;

/// <summary>
/// Which <c>Host</c> header values and request origins the server answers to: the loopback names (<c>localhost</c>,
/// <c>127.0.0.1</c>, <c>[::1]</c>), the hosts of its listen addresses (for a wildcard address: this machine's name and
/// interface addresses) and <see cref="ContinuumWebOptions.AllowedHosts"/>. A page served from any other name — a
/// DNS-rebinding page whose name now points at 127.0.0.1 — is refused.
/// </summary>
public sealed class HostPolicy
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "::1" };
    private readonly bool _any;

    /// <summary>The policy for <paramref name="options"/>.</summary>
    public HostPolicy(ContinuumWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            AddListenHost(url);
        }

        foreach (var host in ParseList(options.AllowedHosts))
        {
            _any |= host == "*";
            _hosts.Add(host.Trim('[', ']'));
        }
    }

    /// <summary>The host names accepted (without '*').</summary>
    public IReadOnlyCollection<string> Hosts => _hosts;

    /// <summary>The entries of a ','-separated list of host names, trimmed.</summary>
    public static IReadOnlyList<string> ParseList(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.TrimEntries);

    /// <summary>True when <paramref name="host"/> (a Host header's host part, IPv6 with or without brackets) is accepted.</summary>
    public bool Allows(string? host) =>
        !string.IsNullOrEmpty(host) && (_any || _hosts.Contains(host.Trim('[', ']').TrimEnd('.')));

    private void AddListenHost(string url)
    {
        var wildcard = url.Contains("://*", StringComparison.Ordinal) || url.Contains("://+", StringComparison.Ordinal);
        if (!wildcard && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.Trim('[', ']');
            if (!IPAddress.TryParse(host, out var ip) || !(ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)))
            {
                _hosts.Add(host);
                return;
            }
        }

        // Listening on every interface: this machine is reached by its name or any of its addresses.
        _hosts.Add(Environment.MachineName);
        foreach (var address in NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses))
        {
            _hosts.Add(address.Address.ToString().Split('%')[0]);
        }
    }
}
