using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace WorkflowHub.Scheduling.Timers;

/// <summary>
/// Before Quartz starts: stores the jobs and makes sure the sweep and reconcile triggers exist; the
/// reconcile trigger fires as soon as the scheduler runs, so timers recorded while the server was down,
/// or recorded but never handed to Quartz, get their triggers at once and overdue ones fire in due order.
/// </summary>
internal sealed class TimerStartup(ISchedulerFactory factory, QuartzTimerOptions options, TimeProvider clock, ILogger<TimerStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        // Clustered servers starting while others run can meet transient store errors (a lock timeout, a
        // deadlock victim): try again rather than fail the server's start over them.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SetUpAsync(ct);
                return;
            }
            catch (Exception e) when (attempt < 5 && e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Setting up the timer jobs failed (attempt {Attempt}); trying again.", attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt), ct);
            }
        }
    }

    private async Task SetUpAsync(CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        await scheduler.AddJob(JobBuilder.Create<TimerDispatchJob>().WithIdentity(TimerKeys.DispatchJob).StoreDurably().RequestRecovery()
            .WithDescription("Fires due WorkflowHub timers in due order").Build(), new AddJobOptions { Replace = true }, ct);
        await scheduler.AddJob(JobBuilder.Create<TimerFireJob>().WithIdentity(TimerKeys.FireJob).StoreDurably().RequestRecovery()
            .WithDescription("Fires one WorkflowHub timer").Build(), new AddJobOptions { Replace = true }, ct);
        await scheduler.AddJob(JobBuilder.Create<TimerReconcileJob>().WithIdentity(TimerKeys.ReconcileJob).StoreDurably()
            .WithDescription("Gives pending timers and cron starts their triggers").Build(), new AddJobOptions { Replace = true }, ct);
        var now = clock.GetUtcNow();
        await EnsureAsync(scheduler, TimerTriggers.Sweep(now, options.SweepInterval), ct);
        // A fresh reconcile trigger on every start: the first reconciliation runs as soon as Quartz does.
        var reconcile = TimerTriggers.Reconcile(now, options.ReconcileInterval);
        if (await scheduler.Exists(reconcile.Key, ct)) await scheduler.RescheduleJob(reconcile.Key, reconcile, ct);
        else await EnsureAsync(scheduler, reconcile, ct);
        logger.LogInformation("Quartz timers: {Mapping} mapping, {Threads} threads, sweep every {Sweep}, reconcile every {Reconcile}.",
            options.Mapping, options.ThreadCount, options.SweepInterval, options.ReconcileInterval);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private static async Task EnsureAsync(IScheduler scheduler, ITrigger trigger, CancellationToken ct)
    {
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, ct);
    }
}
