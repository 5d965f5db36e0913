namespace Continuum.Core.Engine;

/// <summary>
/// A fixed set of worker threads that process chunks of persons. The caller's thread is worker 0. Chunks
/// are taken from a shared counter, so any worker may get any chunk; results do not depend on that because
/// every draw is keyed by person and every sum is an integer. Running a pass allocates nothing.
/// </summary>
public sealed class WorkerPool : IDisposable
{
    private readonly Barrier _start;
    private readonly Barrier _end;
    private readonly Thread[] _threads;
    private Action<int, int>? _work;
    private int _chunkCount;
    private int _next;
    private bool _stopping;
    private Exception? _failure;

    /// <summary>Starts <paramref name="threads"/> − 1 background threads.</summary>
    public WorkerPool(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Threads = threads;
        _start = new Barrier(threads);
        _end = new Barrier(threads);
        _threads = new Thread[threads - 1];
        for (var t = 0; t < _threads.Length; t++)
        {
            var id = t + 1;
            _threads[t] = new Thread(() => Loop(id)) { IsBackground = true, Name = "continuum-worker-" + id };
            _threads[t].Start();
        }
    }

    /// <summary>Number of workers, the caller included.</summary>
    public int Threads { get; }

    /// <summary>Runs <paramref name="work"/>(worker, chunk) for every chunk in [0, <paramref name="chunkCount"/>).</summary>
    public void Run(int chunkCount, Action<int, int> work)
    {
        _work = work;
        _chunkCount = chunkCount;
        _next = 0;
        _failure = null;
        if (Threads == 1)
        {
            Drain(0);
        }
        else
        {
            _start.SignalAndWait();
            Drain(0);
            _end.SignalAndWait();
        }

        if (_failure is not null)
        {
            throw new InvalidOperationException("a simulation worker failed", _failure);
        }
    }

    /// <summary>Stops the background threads.</summary>
    public void Dispose()
    {
        if (Threads > 1 && !_stopping)
        {
            _stopping = true;
            _start.SignalAndWait();
            foreach (var t in _threads)
            {
                t.Join();
            }
        }

        _start.Dispose();
        _end.Dispose();
    }

    private void Loop(int id)
    {
        while (true)
        {
            _start.SignalAndWait();
            if (_stopping)
            {
                return;
            }

            Drain(id);
            _end.SignalAndWait();
        }
    }

    private void Drain(int worker)
    {
        try
        {
            while (true)
            {
                var chunk = Interlocked.Increment(ref _next) - 1;
                if (chunk >= _chunkCount)
                {
                    return;
                }

                _work!(worker, chunk);
            }
        }
#pragma warning disable CA1031 // A worker must not die silently; the failure is rethrown on the caller's thread.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _failure = ex;
            Interlocked.Exchange(ref _next, int.MaxValue / 2);
        }
    }
}
