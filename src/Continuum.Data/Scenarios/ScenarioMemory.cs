using System.Globalization;
using Continuum.Core.Scenario;

namespace Continuum.Data.Scenarios;

/// <summary>
/// Memory limits of a scenario run, checked before it starts. The estimate of a run's peak memory is a linear fit of
/// measured peaks (docs/benchmarks.md, "Memory of a whole run"): <see cref="FixedBytes"/> plus
/// <see cref="BytesPerPerson"/> per simulated base person, plus <see cref="BytesPerPersonPerExtraReplicate"/> for each
/// of up to five further replicates (the collector frees earlier replicates' garbage only under pressure; measured up to six).
/// </summary>
public static class ScenarioMemory
{
    /// <summary>Most simulated base persons a scenario may ask for, whatever the memory (the full-scale cap).</summary>
    public const long MaxSampleSize = 300_000_000;

    /// <summary>Environment variable: memory available to runs, in bytes, instead of the machine's (e.g. a budget on a shared machine).</summary>
    public const string MemoryVariable = "CONTINUUM_MEMORY_AVAILABLE_BYTES";

    /// <summary>Peak bytes of a run independent of its size (runtime, inputs, result tables).</summary>
    public const long FixedBytes = 100L << 20;

    /// <summary>Peak bytes per simulated base person of one replicate (state with head-room, event buffers, collector slack).</summary>
    public const long BytesPerPerson = 110;

    /// <summary>Further peak bytes per base person for each of the second to sixth replicates.</summary>
    public const long BytesPerPersonPerExtraReplicate = 32;

    /// <summary>Bytes kept per replicate, country and simulated year by a finished replicate (result, development and indicator tables).</summary>
    public const long BytesPerReplicateCountryYear = 24 << 10;

    /// <summary>
    /// Estimated peak bytes of running <paramref name="scenario"/>, with <paramref name="concurrentRuns"/> simulations
    /// alive at once and the replicates of <paramref name="sides"/> scenarios kept (2 for a comparison).
    /// </summary>
    public static long EstimatedPeakBytes(Scenario scenario, int concurrentRuns = 1, int sides = 1)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var perPerson = BytesPerPerson + BytesPerPersonPerExtraReplicate * Math.Min(scenario.Replicates - 1, 5);
        var countryYears = (long)(scenario.Countries.Count + (scenario.RestOfWorld ? 1 : 0)) * (scenario.HorizonYear - scenario.BaseYear + 1);
        return FixedBytes + concurrentRuns * perPerson * scenario.SampleSize + sides * scenario.Replicates * countryYears * BytesPerReplicateCountryYear;
    }

    /// <summary>Bytes this process may still use: <see cref="MemoryVariable"/>, else the lesser of /proc/meminfo's MemAvailable and the runtime's limit.</summary>
    public static long AvailableMemoryBytes()
    {
        if (long.TryParse(Environment.GetEnvironmentVariable(MemoryVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var set))
        {
            return set;
        }

        var limit = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return Math.Min(limit, MemAvailableBytes() ?? limit);
    }

    /// <summary>
    /// Refuses, before anything runs, a run of <paramref name="scenario"/> (with <paramref name="concurrentRuns"/>
    /// simulations alive at once and the replicates of <paramref name="sides"/> scenarios kept: 2 for a comparison) whose
    /// estimated peak exceeds the available memory, naming the file and line of <c>sample_size</c> (through
    /// <paramref name="locate"/>; else the scenario's source) and both amounts.
    /// </summary>
    public static void RequireMemory(Scenario scenario, int concurrentRuns = 1, int sides = 1, Func<string, (string? File, long? Line)>? locate = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var need = EstimatedPeakBytes(scenario, concurrentRuns, sides);
        var available = AvailableMemoryBytes();
        if (need <= available)
        {
            return;
        }

        var (file, line) = locate?.Invoke("sample_size") ?? (scenario.SourceFile, null);
        var runs = concurrentRuns > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({concurrentRuns} runs at once)") : string.Empty;
        throw new InputException(string.Create(CultureInfo.InvariantCulture,
            $"sample_size = {scenario.SampleSize} with {scenario.Replicates} replicate(s){runs} would need about {Gigabytes(need)} of memory; " +
            $"this machine has {Gigabytes(available)} available; use a smaller sample_size"), file, line, "sample_size");
    }

    private static string Gigabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:0.0} GB");

    private static long? MemAvailableBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal));
            var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts is { Length: >= 2 } && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
