using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Engine.Ports;

/// <summary>Read-only access to the timer table for schedulers, reconcilers and queries. Nothing returned is tracked.</summary>
public interface ITimerReader
{
    /// <summary>Pending timers due at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<WorkflowTimer>> DueAsync(DateTimeOffset now, int max, CancellationToken ct = default);

    /// <summary>The earliest due time of a pending timer in [<paramref name="from"/>, <paramref name="to"/>), if any.</summary>
    Task<DateTimeOffset?> NextDueAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);

    /// <summary>
    /// One page of pending timers in (DueAt, Id) order, strictly after the given position (keyset paging,
    /// so a reconciler walks 100,000 rows in constant memory per page).
    /// </summary>
    Task<IReadOnlyList<WorkflowTimer>> PendingPageAsync(DateTimeOffset? afterDueAt, Guid? afterId, int take, CancellationToken ct = default);

    /// <summary>Timers matching a filter, ordered by due time.</summary>
    Task<IReadOnlyList<WorkflowTimer>> ListAsync(TimerFilter filter, CancellationToken ct = default);

    Task<WorkflowTimer?> FindAsync(Guid timerId, CancellationToken ct = default);
}

public sealed record TimerFilter(
    Guid? InstanceId = null,
    TimerStatus? Status = null,
    DateTimeOffset? DueFrom = null,
    DateTimeOffset? DueBefore = null,
    string? Calendar = null,
    int Skip = 0,
    int Take = 100);
