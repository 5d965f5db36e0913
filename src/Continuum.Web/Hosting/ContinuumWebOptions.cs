namespace Continuum.Web.Hosting;

/// <summary>How the dashboard is started. Every limit is checked by <see cref="Validate"/> before the host is built.</summary>
public sealed class ContinuumWebOptions
{
    /// <summary>The loopback address used when nothing else is asked for.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Addresses to listen on, separated by ';' (Kestrel syntax). Port 0 picks a free port.</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>
    /// Token that starting runs and importing data require (header <c>Authorization: Bearer T</c> or <c>X-Continuum-Token</c>).
    /// Mandatory when any address is not loopback; reading stays open.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>
    /// Extra host names (','-separated) accepted in the <c>Host</c> header besides the loopback names and the listen
    /// addresses (see <see cref="Security.HostPolicy"/>); <c>*</c> accepts any. Null: none.
    /// </summary>
    public string? AllowedHosts { get; set; }

    /// <summary>Most background jobs (runs, imports) queued or running at once; beyond it requests get 429. At least 1.</summary>
    public int MaxConcurrentRuns { get; set; } = 2;

    /// <summary>The store file, or null for the default store (<c>$CONTINUUM_HOME/continuum.duckdb</c>).</summary>
    public string? StorePath { get; set; }

    /// <summary>Largest accepted request body in bytes (imports included).</summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Import the shipped data into the store at start-up when it lacks any (as the CLI does on first use).</summary>
    public bool ImportShippedData { get; set; } = true;

    /// <summary>The scenarios folder (scenario files are chosen by name from here only); null: <c>scenarios/</c> next to the shipped data.</summary>
    public string? ScenariosDirectory { get; set; }

    /// <summary>Throws <see cref="InputException"/> naming the bad option.</summary>
    public void Validate()
    {
        if (MaxConcurrentRuns is < 1 or > 64)
        {
            throw new InputException("must be between 1 and 64", field: "--max-runs");
        }

        if (MaxRequestBodyBytes < 1024)
        {
            throw new InputException("must be at least 1024 bytes", field: "max request body");
        }

        if (Token is not null && Token.Length < 8)
        {
            throw new InputException("the token must have at least 8 characters", field: "--token");
        }

        if (AllowedHosts is not null && Security.HostPolicy.ParseList(AllowedHosts).Any(h => h.Length == 0 || h.Any(c => char.IsWhiteSpace(c) || c is '/' or '@')))
        {
            throw new InputException("give host names separated by commas, e.g. dashboard.example.org,10.0.0.5", field: "--allowed-hosts");
        }

        var addresses = Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0)
        {
            throw new InputException("give at least one address, e.g. http://127.0.0.1:5080", field: "--urls");
        }

        if (addresses.Any(a => !LoopbackAddress.IsLoopback(a)) && string.IsNullOrEmpty(Token))
        {
            throw new InputException("the dashboard listens beyond this machine; set --token so that runs and imports need it", field: "--token");
        }
    }
}
