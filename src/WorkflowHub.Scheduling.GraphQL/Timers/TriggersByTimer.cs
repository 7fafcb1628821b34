using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.GraphQL.Data.Loading;
using WorkflowHub.Scheduling.Timers;

namespace WorkflowHub.Scheduling.GraphQL.Timers;

/// <summary>
/// The Quartz triggers of every timer a request shows, looked up together so timers sharing a slot cost one lookup.
/// A node with <c>WorkflowHub:Timers:Enabled=false</c> runs no scheduler to ask: every timer's trigger is then null.
/// </summary>
public sealed class TriggersByTimer(BatchScheduler scheduler, TimerQueries? timers = null)
    : DataLoader<(Guid Id, DateTimeOffset DueAt, TimerStatus Status), TimerTriggerView>(scheduler)
{
    public Task<TimerTriggerView?> LoadAsync(TimerNode timer) =>
        timers is null ? Task.FromResult<TimerTriggerView?>(null) : LoadAsync((timer.Id, timer.DueAt, timer.Status));

    protected override async Task<IReadOnlyDictionary<(Guid Id, DateTimeOffset DueAt, TimerStatus Status), TimerTriggerView>> LoadBatchAsync(
        IReadOnlyList<(Guid Id, DateTimeOffset DueAt, TimerStatus Status)> keys, CancellationToken ct)
    {
        var triggers = await timers!.TriggersAsync(keys, ct);
        return keys.Select((key, i) => (key, triggers[i])).ToDictionary(p => p.key, p => p.Item2);
    }
}
