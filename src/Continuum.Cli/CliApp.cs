using Continuum.Cli.Commands;
using Continuum.Cli.Infrastructure.Usage;

namespace Continuum.Cli;

/// <summary>Registers every command and maps failures to exit codes: 0 ok, 1 failed, 2 bad usage.</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for a run that failed (bad input data, a failed check).</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a command line that cannot be understood.</summary>
    public const int BadUsage = 2;

    /// <summary>The <c>continuum</c> application: strict parsing (an unknown option is an error), exceptions handled by <see cref="Run"/>.</summary>
    /// <param name="console">Where Spectre writes help and diagnostics; null for the terminal.</param>
    public static CommandApp Create(IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("continuum");
            config.SetApplicationVersion(typeof(CliApp).Assembly.GetName().Version?.ToString() ?? "0");
            config.PropagateExceptions();
            config.UseStrictParsing();
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            Register(config);
        });
        return app;
    }

    /// <summary>Adds all commands; each area keeps its registration in its own file.</summary>
    public static void Register(IConfigurator config)
    {
        config.AddDataCommands();
        config.AddEvidenceCommands();
        config.AddIndicatorCommands();
        config.AddProjectionCommands();
        config.AddBranch<CommandSettings>("model", model =>
        {
            model.SetDescription("Run the seminar's analytic models.");
            model.AddHostEconomyCommands();
            model.AddAnalyticModelCommands();
        });
        config.AddSimulationCommands();
        config.AddComparisonCommands();
        config.AddWebCommands();
    }

    /// <summary>Runs <paramref name="app"/>; errors go to stderr as one sentence, never a stack trace.</summary>
    public static int Run(ICommandApp app, string[] args)
    {
        try
        {
            return app.Run(args);
        }
        catch (CommandAppException ex) when (ex is CommandParseException or CommandRuntimeException)
        {
            return Fail(BadUsage, UsageError.Explain(ex.Message, args));
        }
        catch (InputException ex)
        {
            return Fail(Failed, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or ArgumentException)
        {
            return Fail(Failed, ex.Message);
        }
        catch (OperationCanceledException)
        {
            return Fail(Failed, "cancelled");
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("CONTINUUM_DEBUG") != "1")
        {
            // A bug, not a user error: one sentence, no stack trace (set CONTINUUM_DEBUG=1 to see it).
            return Fail(Failed, $"internal error ({ex.GetType().Name}): {ex.Message} Please report it; CONTINUUM_DEBUG=1 shows the stack trace.");
        }
    }

    private static int Fail(int code, string message)
    {
        var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // One sentence on one line, whatever the terminal's width, so that it can be searched for and compared.
        err.Profile.Width = int.MaxValue / 2;
        err.MarkupLine("[red]error:[/] " + Markup.Escape(message));
        return code;
    }
}
