using Quartz;

namespace WorkflowHub.Scheduling.Timers;

/// <summary>Every Quartz key WorkflowHub uses. Keys are derived from timer ids and due times, so scheduling twice is harmless.</summary>
public static class TimerKeys
{
    public const string Group = "workflowhub";
    /// <summary>Slot triggers: one per slot of due time with timers in it.</summary>
    public const string SlotGroup = "workflowhub-timer-slots";
    /// <summary>Per-timer triggers: the trigger's name is the timer id.</summary>
    public const string TimerGroup = "workflowhub-timers";
    /// <summary>Sweep and catch-up triggers of the dispatcher.</summary>
    public const string DispatchGroup = "workflowhub-timer-dispatch";
    /// <summary>Cron starts: one job per definition.</summary>
    public const string StartGroup = "workflowhub-starts";

    public static readonly JobKey DispatchJob = new("timer-dispatch", Group);
    public static readonly JobKey FireJob = new("timer-fire", Group);
    public static readonly JobKey ReconcileJob = new("timer-reconcile", Group);

    public static readonly TriggerKey Sweep = new("sweep", DispatchGroup);
    public static readonly TriggerKey CatchUp = new("catch-up", DispatchGroup);
    public static readonly TriggerKey Reconcile = new("reconcile", Group);

    public static TriggerKey Timer(Guid timerId) => new(timerId.ToString(), TimerGroup);

    public static TriggerKey Slot(DateTimeOffset slotStart) => new($"slot-{slotStart.ToUnixTimeMilliseconds()}", SlotGroup);

    /// <summary>The start of the slot a slot trigger stands for (its name carries it, so the trigger needs no job data).</summary>
    public static DateTimeOffset? SlotOf(TriggerKey key) =>
        key.Group == SlotGroup && key.Name.StartsWith("slot-", StringComparison.Ordinal) && long.TryParse(key.Name.AsSpan(5), out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    public static DateTimeOffset SlotStart(DateTimeOffset dueAt, TimeSpan slotLength)
    {
        var ticks = dueAt.UtcTicks - dueAt.UtcTicks % slotLength.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    public static JobKey StartJob(string definitionId) => new(definitionId, StartGroup);
}
