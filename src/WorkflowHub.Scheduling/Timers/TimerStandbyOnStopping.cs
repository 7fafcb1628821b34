using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace WorkflowHub.Scheduling.Timers;

/// <summary>
/// As soon as the server begins to stop, this node takes no more triggers (standby), so the cluster's other nodes fire
/// what comes due while it drains; Quartz's own hosted service then shuts down waiting for the jobs that run.
/// </summary>
internal sealed class TimerStandbyOnStopping(ISchedulerFactory factory, ILogger<TimerStandbyOnStopping> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken ct)
    {
        try
        {
            var scheduler = await factory.GetScheduler(ct);
            await scheduler.Standby(ct);
            logger.LogInformation("Stopping: this node takes no more timer triggers.");
        }
        catch (Exception e) when (e is SchedulerException or OperationCanceledException)
        {
            logger.LogWarning(e, "Could not put the timers in standby; Quartz's shutdown will stop them.");
        }
    }

    public Task StartingAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}
