using Microsoft.Extensions.Hosting;

namespace Continuum.Web.Jobs;

/// <summary>Runs queued jobs: one worker per allowed concurrent job, each on its own thread-pool task.</summary>
public sealed class JobWorkers(JobQueue queue) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, queue.Capacity).Select(_ => Task.Run(() => Work(stoppingToken), stoppingToken));
        return Task.WhenAll(workers);
    }

    private async Task Work(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                queue.Execute(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping; queued jobs are abandoned with it.
        }
    }
}
