using Microsoft.Extensions.Logging;
using Quartz;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Scheduling.Timers;

public sealed record ReconcileResult(int PendingTimers, int TriggersAdded, int Overdue);

/// <summary>
/// Closes the gap between the engine's commit and Quartz's: walks the pending timers in the table in due
/// order (keyset pages, so 100,000 rows cost a few queries) and adds the trigger each lacks: all of them
/// with one trigger per timer; with slots, those due within the slot horizon (the rest get theirs on a
/// later pass, before they are due). Overdue timers get no trigger each: one catch-up trigger makes the
/// dispatcher fire them all in due order.
/// </summary>
public sealed class TimerReconciler(ISchedulerFactory factory, ITimerReader timers, QuartzTimerOptions options, TimeProvider clock, ILogger<TimerReconciler> logger)
{
    /// <summary>What the last reconciliation found, and when it ended (null before the first).</summary>
    public (ReconcileResult Result, DateTimeOffset At)? Last { get; private set; }

    public async Task<ReconcileResult> ReconcileAsync(CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        var perTimer = options.Mapping == TimerMapping.PerTimer;
        var group = perTimer ? TimerKeys.TimerGroup : TimerKeys.SlotGroup;
        var existing = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(group), ct)).ToHashSet();
        var now = clock.GetUtcNow();
        var horizon = perTimer ? DateTimeOffset.MaxValue : now + options.SlotHorizon;
        int pending = 0, added = 0, overdue = 0;
        var beyond = false;
        var toAdd = new List<ITrigger>();
        DateTimeOffset? afterDue = null;
        Guid? afterId = null;
        while (true)
        {
            var page = await timers.PendingPageAsync(afterDue, afterId, options.ReconcilePageSize, ct);
            if (page.Count == 0) break;
            foreach (var timer in page)
            {
                if (timer.DueAt > horizon)
                {
                    beyond = true;
                    break;
                }
                pending++;
                if (timer.DueAt <= now)
                {
                    overdue++;
                    continue;
                }
                var trigger = perTimer
                    ? TimerTriggers.ForTimer(timer.Id, timer.DueAt)
                    : TimerTriggers.ForSlot(TimerKeys.SlotStart(timer.DueAt, options.SlotLength), options.SlotLength);
                if (existing.Add(trigger.Key)) toAdd.Add(trigger);
            }
            if (toAdd.Count >= 1000)
            {
                added += await StoreAsync(scheduler, toAdd, ct);
                toAdd.Clear();
            }
            (afterDue, afterId) = (page[^1].DueAt, page[^1].Id);
            if (beyond || page.Count < options.ReconcilePageSize) break;
        }
        added += await StoreAsync(scheduler, toAdd, ct);
        if (overdue > 0)
        {
            await scheduler.ScheduleTrigger(TimerTriggers.CatchUp(now), TriggerConflict.Keep, ct); // one waiting catch-up is enough
        }
        if (added > 0 || overdue > 0)
            logger.LogInformation("Reconciled {Pending} pending timers: {Added} triggers added, {Overdue} overdue timers handed to the catch-up dispatch.",
                pending, added, overdue);
        var result = new ReconcileResult(pending, added, overdue);
        Last = (result, clock.GetUtcNow());
        return result;
    }

    /// <summary>Stores a batch of triggers in one job-store transaction.</summary>
    private async Task<int> StoreAsync(IScheduler scheduler, List<ITrigger> triggers, CancellationToken ct)
    {
        if (triggers.Count == 0) return 0;
        var job = await scheduler.GetJobDetail(triggers[0].JobKey, ct)
            ?? throw new InvalidOperationException($"The job {triggers[0].JobKey} is not stored.");
        await scheduler.ScheduleJobs(new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [job] = triggers.ToList() }, new ScheduleJobOptions { Replace = true }, ct);
        return triggers.Count;
    }
}
