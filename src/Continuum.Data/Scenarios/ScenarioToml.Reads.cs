namespace Continuum.Data.Scenarios;

/// <summary>
/// The one place scenario files are read from disk, with a per-flow counter for tests and, when <c>CONTINUUM_TRACE=1</c>,
/// a line per file on standard error (each file is read once per run; the CLI tests count these lines).
/// </summary>
public static partial class ScenarioToml
{
    private static readonly AsyncLocal<ScenarioFileReads?> Counter = new();

    /// <summary>
    /// Starts counting the scenario files read by this thread of execution (and the tasks it starts) until the result is
    /// disposed; used by tests to prove a run reads each file once.
    /// </summary>
    public static ScenarioFileReads CountReads()
    {
        var reads = new ScenarioFileReads(() => Counter.Value = null);
        Counter.Value = reads;
        return reads;
    }

    private static string ReadText(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }

        Counter.Value?.Add(path);
        if (Environment.GetEnvironmentVariable("CONTINUUM_TRACE") == "1")
        {
            Console.Error.WriteLine("trace: scenario file read: " + path);
        }

        return File.ReadAllText(path);
    }
}

/// <summary>The scenario files read while counting (<see cref="ScenarioToml.CountReads"/>), in order.</summary>
public sealed class ScenarioFileReads : IDisposable
{
    private readonly List<string> _paths = [];
    private readonly Action _stop;

    internal ScenarioFileReads(Action stop) => _stop = stop;

    /// <summary>Full paths read, in order (a file read twice appears twice).</summary>
    public IReadOnlyList<string> Paths
    {
        get
        {
            lock (_paths)
            {
                return [.. _paths];
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stop();

    internal void Add(string path)
    {
        lock (_paths)
        {
            _paths.Add(path);
        }
    }
}
