using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.GraphQL.Data.Loading;

namespace WorkflowHub.Engine.GraphQL.DataAccess;

/// <summary>Open and claimed tasks of many instances in one query.</summary>
public sealed class OpenTasksByInstance(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<Guid, TaskItem>(scheduler)
{
    protected override async Task<ILookup<Guid, TaskItem>> LoadGroupsAsync(IReadOnlyList<Guid> keys, CancellationToken ct) =>
        (await contexts.Open().Tasks
            .Where(t => keys.Contains(t.InstanceId) && (t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed))
            .OrderBy(t => t.CreatedAt).ToListAsync(ct))
        .ToLookup(t => t.InstanceId);
}

/// <summary>Pending timers of many instances in one query.</summary>
public sealed class PendingTimersByInstance(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<Guid, WorkflowTimer>(scheduler)
{
    protected override async Task<ILookup<Guid, WorkflowTimer>> LoadGroupsAsync(IReadOnlyList<Guid> keys, CancellationToken ct) =>
        (await contexts.Open().Timers
            .Where(t => keys.Contains(t.InstanceId) && t.Status == TimerStatus.Pending)
            .OrderBy(t => t.DueAt).ToListAsync(ct))
        .ToLookup(t => t.InstanceId);
}

/// <summary>Unresolved incidents of many instances in one query.</summary>
public sealed class OpenIncidentsByInstance(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<Guid, Incident>(scheduler)
{
    protected override async Task<ILookup<Guid, Incident>> LoadGroupsAsync(IReadOnlyList<Guid> keys, CancellationToken ct) =>
        (await contexts.Open().Incidents
            .Where(i => keys.Contains(i.InstanceId) && i.ResolvedAt == null)
            .OrderBy(i => i.CreatedAt).ToListAsync(ct))
        .ToLookup(i => i.InstanceId);
}
