namespace Continuum.Web.Jobs;

/// <summary>A job's live state; only the queue and its workers change it.</summary>
internal sealed class Job(string id, string kind, string description, Func<JobProgress, CancellationToken, object?> work, DateTimeOffset created)
{
    private readonly Lock _lock = new();
    private string _state = "queued";
    private string? _error;
    private object? _result;
    private DateTimeOffset? _finished;
    private Func<JobProgress, CancellationToken, object?>? _work = work;

    public string Id { get; } = id;

    /// <summary>
    /// The work, handed out once: the job then forgets it, so whatever the work captured (an upload's path, a run's
    /// plan) is freed when it ends, even though the finished job stays listed.
    /// </summary>
    public Func<JobProgress, CancellationToken, object?> TakeWork()
    {
        lock (_lock)
        {
            var work = _work ?? throw new InvalidOperationException("a job runs once");
            _work = null;
            return work;
        }
    }

    public JobProgress Progress { get; } = new();

    public bool IsFinished
    {
        get
        {
            lock (_lock)
            {
                return _finished is not null;
            }
        }
    }

    public void Start()
    {
        lock (_lock)
        {
            _state = "running";
        }
    }

    public void Finish(object? result, string? error, DateTimeOffset at)
    {
        lock (_lock)
        {
            _state = error is null ? "done" : "failed";
            _result = result;
            _error = error;
            _finished = at;
        }

        Progress.Report(error is null ? 1 : double.NaN, error is null ? "done" : "failed");
    }

    public JobInfo Snapshot()
    {
        var (fraction, message) = Progress.Current;
        lock (_lock)
        {
            return new JobInfo(Id, kind, description, _state, fraction, message, _error, _result, created, _finished);
        }
    }
}
