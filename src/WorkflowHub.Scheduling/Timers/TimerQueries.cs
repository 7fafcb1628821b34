using Quartz;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Scheduling.Timers;

/// <summary>A timer as operators and the API see it.</summary>
public sealed record TimerView(
    Guid Id,
    Guid InstanceId,
    string ActivityId,
    string Purpose,
    DateTimeOffset DueAt,
    string? Calendar,
    TimerStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FiredAt,
    /// <summary>Quartz's key for this timer: its own trigger, or the slot trigger it shares.</summary>
    string TriggerKey,
    /// <summary>Quartz's state of that trigger (Normal, Blocked, Paused, Error, Complete) or None when Quartz holds none.</summary>
    string TriggerState);

/// <summary>The Quartz trigger that fires a timer: its key, and Quartz's state of it (None when Quartz holds no such trigger).</summary>
public sealed record TimerTriggerView(string Key, TriggerState State);

/// <summary>Read side for the API: pending timers of an instance, and timers by state, due time and calendar.</summary>
public sealed class TimerQueries(ITimerReader timers, ISchedulerFactory factory, QuartzTimerOptions options)
{
    public async Task<IReadOnlyList<TimerView>> PendingTimersAsync(Guid instanceId, CancellationToken ct = default) =>
        await ViewAsync(await timers.ListAsync(new TimerFilter(InstanceId: instanceId, Status: TimerStatus.Pending, Take: 1000), ct), ct);

    public async Task<IReadOnlyList<TimerView>> TimersAsync(TimerFilter filter, CancellationToken ct = default) =>
        await ViewAsync(await timers.ListAsync(filter, ct), ct);

    public async Task<TimerView?> TimerAsync(Guid timerId, CancellationToken ct = default) =>
        await timers.FindAsync(timerId, ct) is { } timer ? (await ViewAsync([timer], ct))[0] : null;

    /// <summary>
    /// The trigger of each timer, in the order given. Quartz is asked once per distinct trigger (the timers of a
    /// slot share one), and only for pending timers: a fired or cancelled timer no longer has a trigger of its own.
    /// </summary>
    public async Task<IReadOnlyList<TimerTriggerView>> TriggersAsync(IReadOnlyList<(Guid Id, DateTimeOffset DueAt, TimerStatus Status)> list,
        CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        var states = new Dictionary<TriggerKey, TriggerState>();
        var views = new List<TimerTriggerView>(list.Count);
        foreach (var (id, dueAt, status) in list)
        {
            var key = TriggerKeyOf(id, dueAt);
            var state = TriggerState.None;
            if (status == TimerStatus.Pending && !states.TryGetValue(key, out state))
                states[key] = state = await scheduler.GetTriggerState(key, ct);
            views.Add(new TimerTriggerView($"{key.Group}.{key.Name}", state));
        }
        return views;
    }

    private TriggerKey TriggerKeyOf(Guid timerId, DateTimeOffset dueAt) => options.Mapping == TimerMapping.PerTimer
        ? TimerKeys.Timer(timerId)
        : TimerKeys.Slot(TimerKeys.SlotStart(dueAt, options.SlotLength));

    private async Task<IReadOnlyList<TimerView>> ViewAsync(IReadOnlyList<WorkflowTimer> list, CancellationToken ct)
    {
        var triggers = await TriggersAsync(list.Select(t => (t.Id, t.DueAt, t.Status)).ToList(), ct);
        return list.Select((timer, i) => new TimerView(timer.Id, timer.InstanceId, timer.ActivityId, timer.Purpose, timer.DueAt, timer.Calendar,
            timer.Status, timer.CreatedAt, timer.FiredAt, triggers[i].Key, triggers[i].State.ToString())).ToList();
    }
}
