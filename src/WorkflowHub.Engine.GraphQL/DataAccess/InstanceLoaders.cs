using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.GraphQL.Data.Loading;

namespace WorkflowHub.Engine.GraphQL.DataAccess;

/// <summary>Open and claimed tasks of many instances in one query.</summary>
public sealed class OpenTasksByInstance(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<Guid, TaskNode>(scheduler)
{
    protected override Task<ILookup<Guid, TaskNode>> LoadGroupsAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
    {
        var db = contexts.Open();
        return LoaderQueries.ByInstanceAsync(LoaderQueries.For(db).OpenTasks(db, [.. keys]), t => t.InstanceId, ct);
    }
}

/// <summary>Pending timers of many instances in one query.</summary>
public sealed class PendingTimersByInstance(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<Guid, TimerNode>(scheduler)
{
    protected override Task<ILookup<Guid, TimerNode>> LoadGroupsAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
    {
        var db = contexts.Open();
        return LoaderQueries.ByInstanceAsync(LoaderQueries.For(db).PendingTimers(db, [.. keys]), t => t.InstanceId, ct);
    }
}

/// <summary>Unresolved incidents of many instances in one query.</summary>
public sealed class OpenIncidentsByInstance(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<Guid, IncidentNode>(scheduler)
{
    protected override Task<ILookup<Guid, IncidentNode>> LoadGroupsAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
    {
        var db = contexts.Open();
        return LoaderQueries.ByInstanceAsync(LoaderQueries.For(db).OpenIncidents(db, [.. keys]), i => i.InstanceId, ct);
    }
}

/// <summary>Definition versions by (id, version), through <see cref="PublishedDefinitionCache"/>.</summary>
public sealed class DefinitionByVersion(BatchScheduler scheduler, RequestDbContexts contexts, PublishedDefinitionCache published)
    : DataLoader<(string DefinitionId, int Version), WorkflowDefinitionNode>(scheduler)
{
    public Task<WorkflowDefinitionNode?> GetAsync(string definitionId, int version) =>
        published.TryGet(definitionId, version) is { } known ? Task.FromResult<WorkflowDefinitionNode?>(known) : LoadAsync((definitionId, version));

    protected override async Task<IReadOnlyDictionary<(string DefinitionId, int Version), WorkflowDefinitionNode>> LoadBatchAsync(
        IReadOnlyList<(string DefinitionId, int Version)> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => k.DefinitionId).Distinct().ToList();
        var rows = await contexts.Open().Definitions.Where(d => ids.Contains(d.DefinitionId)).Select(WorkflowDefinitionNode.Projection).ToListAsync(ct);
        foreach (var row in rows) published.Remember(row);
        var wanted = keys.ToHashSet();
        return rows.Where(r => wanted.Contains((r.DefinitionId, r.Version))).ToDictionary(r => (r.DefinitionId, r.Version));
    }
}

/// <summary>
/// Non-draft definition versions as read, so a warm list of instances costs no query for them. A retired version never
/// changes again and is kept; a published one may be retired by any server of the cluster, so it is trusted for
/// <see cref="PublishedFor"/> only (this server forgets it at once when it retires it itself).
/// </summary>
public sealed class PublishedDefinitionCache(TimeProvider clock)
{
    public static readonly TimeSpan PublishedFor = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<(string, int), (WorkflowDefinitionNode Node, DateTimeOffset ReadAt)> _nodes = new();

    public WorkflowDefinitionNode? TryGet(string definitionId, int version) =>
        _nodes.TryGetValue((definitionId, version), out var entry)
        && (entry.Node.Status == DefinitionStatus.Retired || clock.GetUtcNow() - entry.ReadAt < PublishedFor)
            ? entry.Node
            : null;

    public void Remember(WorkflowDefinitionNode node)
    {
        if (node.Status != DefinitionStatus.Draft) _nodes[(node.DefinitionId, node.Version)] = (node, clock.GetUtcNow());
    }

    /// <summary>Unpublishing turns published versions into retired ones: the only change a non-draft version ever sees.</summary>
    public void Forget(string definitionId)
    {
        foreach (var key in _nodes.Keys.Where(k => k.Item1 == definitionId)) _nodes.TryRemove(key, out _);
    }
}
