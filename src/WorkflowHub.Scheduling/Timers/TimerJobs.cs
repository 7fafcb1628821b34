using Microsoft.Extensions.Logging;
using Quartz;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Scheduling.Timers;

/// <summary>
/// The one dispatch job behind every slot, nudge, catch-up and sweep trigger. Non-concurrent: across
/// threads and across a cluster's nodes one dispatch runs at a time, the others' triggers wait.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class TimerDispatchJob(TimerDispatcher dispatcher, QuartzTimerOptions options, ILogger<TimerDispatchJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        LogIfMisfired(context, options, logger);
        // A slot trigger waits within its slot for each timer's due time; sweep and catch-up only fire what is due.
        var until = TimerKeys.SlotOf(context.Trigger.Key) + options.SlotLength;
        var fired = await dispatcher.DispatchAsync(until, cancellationToken);
        context.Result = fired;
    }

    internal static void LogIfMisfired(IJobExecutionContext context, QuartzTimerOptions options, ILogger logger)
    {
        if (context.ScheduledFireTimeUtc is { } scheduled && context.FireTimeUtc - scheduled > options.MisfireThreshold)
            logger.LogInformation("Misfire recovery: trigger {Trigger} was due {Scheduled:O} and fires {Late} late.",
                context.Trigger.Key, scheduled, context.FireTimeUtc - scheduled);
    }
}

/// <summary>Fires one timer: the trigger's name is the timer id (per-timer mapping).</summary>
internal sealed class TimerFireJob(WorkflowRuntime runtime, QuartzTimerOptions options, ILogger<TimerFireJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        TimerDispatchJob.LogIfMisfired(context, options, logger);
        if (!Guid.TryParse(context.Trigger.Key.Name, out var timerId)) return;
        var result = await runtime.FireTimerAsync(timerId, cancellationToken);
        logger.LogDebug("Timer {TimerId}: {Outcome}.", timerId, result.Outcome);
    }
}

/// <summary>Gives every pending timer without a trigger one, and every published cron start its next firing.</summary>
[DisallowConcurrentExecution]
internal sealed class TimerReconcileJob(TimerReconciler reconciler, Starts.QuartzStartScheduler starts) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await reconciler.ReconcileAsync(cancellationToken);
        await starts.ReconcileAsync(cancellationToken);
    }
}
