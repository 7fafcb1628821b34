using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Engine.Ports;

/// <summary>
/// The due-timer port. The engine records timers in its own store first, then tells the scheduler
/// after commit; a scheduler must therefore tolerate timers it was never told about (reconcile from
/// the store) and timers whose bookmark is already gone (firing them is a no-op).
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Called after commit for each newly created timer.</summary>
    ValueTask ScheduleAsync(WorkflowTimer timer, CancellationToken ct = default);

    /// <summary>Called after commit for each timer cancelled before it fired.</summary>
    ValueTask CancelAsync(Guid timerId, CancellationToken ct = default);
}
