using System.Diagnostics;
using System.Globalization;

namespace Continuum.Data.Development;

/// <summary>
/// Phase timings of a comparison on standard error when the environment variable <c>CONTINUUM_TRACE</c> is 1:
/// wall seconds of each phase and the process's CPU seconds so far (for profiling; silent otherwise).
/// </summary>
internal sealed class ComparisonTrace
{
    private readonly Stopwatch? _clock;
    private double _last;

    private ComparisonTrace(bool enabled) => _clock = enabled ? Stopwatch.StartNew() : null;

    /// <summary>A trace that writes only when <c>CONTINUUM_TRACE=1</c>.</summary>
    public static ComparisonTrace FromEnvironment() => new(Environment.GetEnvironmentVariable("CONTINUUM_TRACE") == "1");

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
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trace: {phase}: {now - _last:0.00} s wall, {cpu:0.0} s CPU in total, {GC.CollectionCount(0)}/{GC.CollectionCount(2)} gen0/gen2 GCs"));
        _last = now;
    }
}
