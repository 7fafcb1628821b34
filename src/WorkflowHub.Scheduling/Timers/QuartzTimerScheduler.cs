using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Quartz;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Scheduling.Timers;

/// <summary>
/// The engine's timer port on Quartz. Told after the engine's commit; a failure here is logged and
/// repaired by the reconciler and the sweep, never reported to the caller whose work is committed.
/// </summary>
internal sealed class QuartzTimerScheduler(ISchedulerFactory factory, QuartzTimerOptions options, TimeProvider clock, ILogger<QuartzTimerScheduler> logger)
    : ITimerScheduler
{
    // Future slots this process already has a trigger for: most timers land in a busy slot and cost no round trip.
    private readonly ConcurrentDictionary<long, byte> _knownSlots = new();

    public async ValueTask ScheduleAsync(WorkflowTimer timer, CancellationToken ct = default)
    {
        try
        {
            var scheduler = await factory.GetScheduler(ct);
            if (options.Mapping == TimerMapping.PerTimer)
            {
                await TryScheduleAsync(scheduler, TimerTriggers.ForTimer(timer.Id, timer.DueAt), ct);
                return;
            }
            var now = clock.GetUtcNow();
            // Beyond the horizon the timer table is the only record; a reconciliation gives it its slot in time.
            if (timer.DueAt > now + options.SlotHorizon) return;
            var slot = TimerKeys.SlotStart(timer.DueAt, options.SlotLength);
            // A slot still ahead keeps its trigger until it fires, so one round trip per slot is enough.
            if (slot > now && _knownSlots.ContainsKey(slot.UtcTicks)) return;
            // Keep: a pending slot trigger is left alone; one whose firing has begun (and may have looked
            // for this timer already) is replaced, so the slot fires again once the running dispatch ends.
            await TryScheduleAsync(scheduler, TimerTriggers.ForSlot(slot, options.SlotLength), ct);
            if (slot > now) Remember(slot, now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not schedule timer {TimerId} due {DueAt:O}; the reconciler or the sweep will fire it.", timer.Id, timer.DueAt);
        }
    }

    public async ValueTask CancelAsync(Guid timerId, CancellationToken ct = default)
    {
        // A slot is shared by every timer due in it; a cancelled timer in it is skipped when the slot fires.
        if (options.Mapping != TimerMapping.PerTimer) return;
        try
        {
            var scheduler = await factory.GetScheduler(ct);
            await scheduler.UnscheduleJob(TimerKeys.Timer(timerId), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not remove the trigger of cancelled timer {TimerId}; when it fires it does nothing.", timerId);
        }
    }

    internal void Remember(DateTimeOffset slot, DateTimeOffset now)
    {
        _knownSlots.TryAdd(slot.UtcTicks, 0);
        if (_knownSlots.Count <= 100_000) return;
        foreach (var past in _knownSlots.Keys.Where(k => k <= now.UtcTicks)) _knownSlots.TryRemove(past, out _);
    }

    private static async Task TryScheduleAsync(IScheduler scheduler, ITrigger trigger, CancellationToken ct) =>
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, ct);
}

/// <summary>The triggers timers are scheduled with. Each fires at once when it misfired (the server was down).</summary>
internal static class TimerTriggers
{
    public static ITrigger ForTimer(Guid timerId, DateTimeOffset dueAt) => TriggerBuilder.Create()
        .WithIdentity(TimerKeys.Timer(timerId))
        .ForJob(TimerKeys.FireJob)
        .StartAt(dueAt)
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();

    public static ITrigger ForSlot(DateTimeOffset slotStart, TimeSpan slotLength) => TriggerBuilder.Create()
        .WithIdentity(TimerKeys.Slot(slotStart))
        .ForJob(TimerKeys.DispatchJob)
        .StartAt(slotStart)
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();

    public static ITrigger CatchUp(DateTimeOffset now) => TriggerBuilder.Create()
        .WithIdentity(TimerKeys.CatchUp)
        .ForJob(TimerKeys.DispatchJob)
        .StartAt(now)
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();

    public static ITrigger Sweep(DateTimeOffset now, TimeSpan interval) => TriggerBuilder.Create()
        .WithIdentity(TimerKeys.Sweep)
        .ForJob(TimerKeys.DispatchJob)
        .StartAt(now + interval)
        .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
        .Build();

    public static ITrigger Reconcile(DateTimeOffset now, TimeSpan interval) => TriggerBuilder.Create()
        .WithIdentity(TimerKeys.Reconcile)
        .ForJob(TimerKeys.ReconcileJob)
        .StartAt(now)
        .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();
}
