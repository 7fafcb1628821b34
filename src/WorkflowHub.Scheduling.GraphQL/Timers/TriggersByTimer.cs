using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.GraphQL.Data.Loading;
using WorkflowHub.Scheduling.Timers;

namespace WorkflowHub.Scheduling.GraphQL.Timers;

/// <summary>The Quartz triggers of every timer a request shows, looked up together so timers sharing a slot cost one lookup.</summary>
public sealed class TriggersByTimer(BatchScheduler scheduler, TimerQueries timers)
    : DataLoader<(Guid Id, DateTimeOffset DueAt, TimerStatus Status), TimerTriggerView>(scheduler)
{
    public Task<TimerTriggerView?> LoadAsync(TimerNode timer) => LoadAsync((timer.Id, timer.DueAt, timer.Status));

    protected override async Task<IReadOnlyDictionary<(Guid Id, DateTimeOffset DueAt, TimerStatus Status), TimerTriggerView>> LoadBatchAsync(
        IReadOnlyList<(Guid Id, DateTimeOffset DueAt, TimerStatus Status)> keys, CancellationToken ct)
    {
        var triggers = await timers.TriggersAsync(keys, ct);
        return keys.Select((key, i) => (key, triggers[i])).ToDictionary(p => p.key, p => p.Item2);
    }
}
