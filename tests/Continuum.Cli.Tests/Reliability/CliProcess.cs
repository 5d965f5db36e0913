using System.Diagnostics;
using System.Text;

namespace Continuum.Cli.Tests.Reliability;

/// <summary>The built <c>continuum</c> command started as a child process that the test can wait for or kill.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();

    private CliProcess(Process process) => Process = process;

    public Process Process { get; }

    public string Error
    {
        get
        {
            lock (_err)
            {
                return _err.ToString();
            }
        }
    }

    public static CliProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = ContinuumCli.StartInfo(environment, args);
        var cli = new CliProcess(Process.Start(start)!);
        cli.Process.OutputDataReceived += (_, e) => Append(cli._out, e.Data);
        cli.Process.ErrorDataReceived += (_, e) => Append(cli._err, e.Data);
        cli.Process.BeginOutputReadLine();
        cli.Process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits at most <paramref name="limit"/> for the exit; true when it exited.</summary>
    public bool WaitForExit(TimeSpan limit)
    {
        if (!Process.WaitForExit(limit))
        {
            return false;
        }

        Process.WaitForExit();
        return true;
    }

    /// <summary>Kills the process with SIGKILL (no chance to clean up) and waits for it.</summary>
    public void KillHard()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.WaitForExit();
    }

    public void Dispose()
    {
        KillHard();
        Process.Dispose();
    }

    private static void Append(StringBuilder sb, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (sb)
        {
            sb.AppendLine(line);
        }
    }
}
