using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Continuum.Web.Hosting;

namespace Continuum.Web.Jobs;

/// <summary>
/// The bounded background queue for long work (runs, imports). At most <see cref="Capacity"/> jobs are queued
/// or running at once; <see cref="TrySubmit"/> refuses more (the API answers 429 with Retry-After). Finished jobs
/// stay visible (the newest <see cref="KeepFinished"/>) so a page reloaded later still finds its job.
/// </summary>
public sealed class JobQueue(ContinuumWebOptions options, TimeProvider clock, ILogger<JobQueue> logger)
{
    /// <summary>Finished jobs kept for lookup.</summary>
    public const int KeepFinished = 200;

    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<Job> _channel = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = false });
    private int _active;

    /// <summary>Most jobs queued or running at once.</summary>
    public int Capacity => options.MaxConcurrentRuns;

    /// <summary>Jobs queued or running now.</summary>
    public int Active => Volatile.Read(ref _active);

    internal ChannelReader<Job> Reader => _channel.Reader;

    /// <summary>Queues <paramref name="work"/>, or returns null when <see cref="Capacity"/> jobs are already active.</summary>
    public JobInfo? TrySubmit(string kind, string description, Func<JobProgress, CancellationToken, object?> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Increment(ref _active) > Capacity)
        {
            Interlocked.Decrement(ref _active);
            return null;
        }

        var job = new Job(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), kind, description, work, clock.GetUtcNow());
        _jobs[job.Id] = job;
        Prune();
        _channel.Writer.TryWrite(job);
        return job.Snapshot();
    }

    /// <summary>The job with <paramref name="id"/>, or null.</summary>
    public JobInfo? Find(string id) => _jobs.TryGetValue(id, out var job) ? job.Snapshot() : null;

    /// <summary>All known jobs, newest first.</summary>
    public IReadOnlyList<JobInfo> List() => _jobs.Values.Select(j => j.Snapshot()).OrderByDescending(j => j.CreatedUtc).ToList();

    internal void Execute(Job job, CancellationToken cancellationToken)
    {
        job.Start();
        job.Progress.Report(0, "running");
        try
        {
            job.Finish(job.TakeWork()(job.Progress, cancellationToken), null, clock.GetUtcNow());
        }
        catch (InputException ex)
        {
            job.Finish(null, Security.ErrorText.Scrub(ex.Message), clock.GetUtcNow());
        }
        catch (OperationCanceledException)
        {
            job.Finish(null, "cancelled: the server is stopping", clock.GetUtcNow());
        }
#pragma warning disable CA1031 // A job's failure must be reported on the job, never crash the worker that runs the next one.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The library's text may name server files or internals: it goes to the log, the job says only what happened.
            logger.LogError(ex, "Job {Id} failed", job.Id);
            job.Finish(null, ex is OutOfMemoryException or InsufficientExecutionStackException
                ? "the job needed more memory than this server has; try a smaller file or scenario"
                : "internal error; see the server log", clock.GetUtcNow());
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }

    private void Prune()
    {
        var finished = _jobs.Values.Where(j => j.IsFinished).Select(j => j.Snapshot()).OrderByDescending(j => j.FinishedUtc).Skip(KeepFinished);
        foreach (var old in finished)
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }
}
