using Continuum.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Continuum.Cli.Commands.Web;

/// <summary><c>continuum serve</c>: the web dashboard over the same store and library the commands use.</summary>
public sealed class ServeCommand : Command<ServeCommand.Settings>
{
    /// <summary>The environment variable that may hold the token (keeps it out of the process list).</summary>
    public const string TokenVariable = "CONTINUUM_WEB_TOKEN";

    /// <summary>The environment variable that may hold the allowed host names (as <c>--allowed-hosts</c>).</summary>
    public const string AllowedHostsVariable = "CONTINUUM_WEB_ALLOWED_HOSTS";

    /// <summary>Options of <c>serve</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Listen addresses.</summary>
        [CommandOption("--urls <URLS>")]
        [Description("Addresses to listen on, ';'-separated. Default: http://127.0.0.1:5080 (this machine only).")]
        public string Urls { get; init; } = ContinuumWebOptions.DefaultUrls;

        /// <summary>Token for runs and imports.</summary>
        [CommandOption("--token <TOKEN>")]
        [Description("Token that starting runs and importing data require (reading stays open). Required when listening beyond loopback. Default: $CONTINUUM_WEB_TOKEN.")]
        public string? Token { get; init; }

        /// <summary>Host names the server answers to besides loopback and its bound addresses.</summary>
        [CommandOption("--allowed-hosts <HOSTS>")]
        [Description("Host names (','-separated) the server answers to besides localhost, 127.0.0.1, [[::1]] and the addresses it listens on, e.g. a name behind a proxy; '*' allows any. Default: $CONTINUUM_WEB_ALLOWED_HOSTS.")]
        public string? AllowedHosts { get; init; }

        /// <summary>Concurrent background jobs.</summary>
        [CommandOption("--max-runs <N>")]
        [Description("Most runs/imports queued or running at once; more get 429 with Retry-After. Default: 2.")]
        public int MaxRuns { get; init; } = 2;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            MaxRuns is < 1 or > 64 ? ValidationResult.Error("--max-runs must be between 1 and 64") : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new ContinuumWebOptions
        {
            Urls = settings.Urls,
            Token = settings.Token ?? NullIfEmpty(Environment.GetEnvironmentVariable(TokenVariable)),
            MaxConcurrentRuns = settings.MaxRuns,
            AllowedHosts = settings.AllowedHosts ?? NullIfEmpty(Environment.GetEnvironmentVariable(AllowedHostsVariable)),
            StorePath = settings.Store,
        };
        var console = DataServices.ErrorConsole();
        using var app = ContinuumWebHost.Build(options, line => console.MarkupLine($"[grey]{Markup.Escape(line)}[/]"));
        app.Start();
        foreach (var url in app.Urls)
        {
            console.MarkupLine($"Continuum dashboard on [bold]{Markup.Escape(url)}[/] (Ctrl+C stops it). API: {Markup.Escape(url)}/openapi/v1.json");
        }

        app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        return CliApp.Ok;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
