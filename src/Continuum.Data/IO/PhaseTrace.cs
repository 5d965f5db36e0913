using System.Diagnostics;
using System.Globalization;

namespace Continuum.Data.IO;

/// <summary>
/// Phase timings on standard error when the environment variable <c>CONTINUUM_TRACE</c> is 1 (an import's steps, a
/// comparison's phases): wall seconds of each phase and the process's CPU seconds so far (for profiling; silent otherwise).
/// </summary>
internal sealed class PhaseTrace
{
    private readonly string _subject;
    private readonly Stopwatch? _clock;
    private double _last;

    private PhaseTrace(string subject, bool enabled) => (_subject, _clock) = (subject, enabled ? Stopwatch.StartNew() : null);

    /// <summary>A trace of <paramref name="subject"/> (e.g. "import") that writes only when <c>CONTINUUM_TRACE=1</c>.</summary>
    public static PhaseTrace FromEnvironment(string subject) => new(subject, Environment.GetEnvironmentVariable("CONTINUUM_TRACE") == "1");

    /// <summary>Writes the wall time since the previous mark and the process CPU time.</summary>
    public void Mark(string phase)
    {
        if (_clock is null)
        {
            return;
        }

        var now = _clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trace: {_subject} {phase}: {now - _last:0.00} s wall, {cpu:0.0} s CPU in total, {GC.CollectionCount(0)}/{GC.CollectionCount(2)} gen0/gen2 GCs"));
        _last = now;
    }
}
