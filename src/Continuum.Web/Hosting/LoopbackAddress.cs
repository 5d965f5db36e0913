using System.Net;

namespace Continuum.Web.Hosting;

/// <summary>Decides whether a listen address (Kestrel URL syntax) is reachable only from this machine.</summary>
public static class LoopbackAddress
{
    /// <summary>True for <c>localhost</c>, 127.0.0.0/8 and ::1; false for wildcards (<c>*</c>, <c>+</c>, 0.0.0.0) and other hosts.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal),
                UriKind.Absolute, out var uri))
        {
            throw new InputException($"'{url}' is not an address like http://127.0.0.1:5080", field: "--urls");
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
