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

/// <summary>Read side for the API: pending timers of an instance, and timers by state, due time and calendar.</summary>
public sealed class TimerQueries(ITimerReader timers, ISchedulerFactory factory, QuartzTimerOptions options)
{
    public async Task<IReadOnlyList<TimerView>> PendingTimersAsync(Guid instanceId, CancellationToken ct = default) =>
        await ViewAsync(await timers.ListAsync(new TimerFilter(InstanceId: instanceId, Status: TimerStatus.Pending, Take: 1000), ct), ct);

    public async Task<IReadOnlyList<TimerView>> TimersAsync(TimerFilter filter, CancellationToken ct = default) =>
        await ViewAsync(await timers.ListAsync(filter, ct), ct);

    public async Task<TimerView?> TimerAsync(Guid timerId, CancellationToken ct = default) =>
        await timers.FindAsync(timerId, ct) is { } timer ? (await ViewAsync([timer], ct))[0] : null;

    private async Task<IReadOnlyList<TimerView>> ViewAsync(IReadOnlyList<WorkflowTimer> list, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var states = new Dictionary<TriggerKey, TriggerState>();
        var views = new List<TimerView>(list.Count);
        foreach (var timer in list)
        {
            var key = options.Mapping == TimerMapping.PerTimer
                ? TimerKeys.Timer(timer.Id)
                : TimerKeys.Slot(TimerKeys.SlotStart(timer.DueAt, options.SlotLength));
            var state = TriggerState.None;
            if (timer.Status == TimerStatus.Pending && !states.TryGetValue(key, out state))
                states[key] = state = await scheduler.GetTriggerState(key, ct);
            views.Add(new TimerView(timer.Id, timer.InstanceId, timer.ActivityId, timer.Purpose, timer.DueAt, timer.Calendar, timer.Status,
                timer.CreatedAt, timer.FiredAt, $"{key.Group}.{key.Name}", state.ToString()));
        }
        return views;
    }
}
