using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.Persistence;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.Governance.GraphQL.Access;
using WorkflowHub.Security;

namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

/// <summary>Live updates on the engine's change feed: a request's workflow commits, so the request changed with it.</summary>
[SubscriptionType]
public sealed class ServiceRequestSubscriptions
{
    [GraphQLDescription("The request as it stands after each committed change, starting with its state now.")]
    public async IAsyncEnumerable<ServiceRequestNode> ServiceRequestUpdated(Guid id, [Service] IInstanceChangeFeed feed,
        [Service] IDbContextFactory<WorkflowHubDbContext> contexts, [Service] ICurrentActor actor, [EnumeratorCancellation] CancellationToken ct)
    {
        var scope = ActorScope.Requests(actor);
        Guid? instanceId;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            instanceId = await db.Set<ServiceRequest>().Where(r => r.Id == id).Where(scope).Select(r => r.InstanceId).FirstOrDefaultAsync(ct);
        // Out of scope reads as unknown: the same refusal either way, so the stream does not tell whether the request exists.
        if (instanceId is null) throw new AuthorizationException(AuthorizeResult.NotAllowed);
        // Watch before reading, so that no change between the read and the watch is missed.
        await using var changes = feed.WatchAsync(instanceId, ct).GetAsyncEnumerator(ct);
        var next = changes.MoveNextAsync();
        if (await ReadAsync(contexts, id, scope, ct) is { } now) yield return now;
        while (await next)
        {
            if (await ReadAsync(contexts, id, scope, ct) is { } changed) yield return changed;
            next = changes.MoveNextAsync();
        }
    }

    [GraphQLDescription("Tasks newly opened for the unit or anywhere in its subtree, as their workflows commit them.")]
    public async IAsyncEnumerable<TaskNode> TaskAssigned(string orgUnitId, [Service] IInstanceChangeFeed feed,
        [Service] IDbContextFactory<WorkflowHubDbContext> contexts, [Service] ICurrentActor actor, [EnumeratorCancellation] CancellationToken ct)
    {
        var seen = new HashSet<Guid>();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var path = await db.Set<OrgUnit>().Where(u => u.Id == orgUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null || !actor.Roles.Any(r => r.Covers(path))) throw new AuthorizationException(AuthorizeResult.NotAllowed);
        }
        var units = await SubtreeAsync(contexts, orgUnitId, ct);
        await foreach (var instanceId in feed.WatchAsync(null, ct))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var opened = await db.Tasks.AsNoTracking()
                .Where(t => t.InstanceId == instanceId && t.Status == TaskItemStatus.Open && t.OrgUnitId != null && units.Contains(t.OrgUnitId))
                .OrderBy(t => t.CreatedAt).Select(TaskNode.Projection).ToListAsync(ct);
            foreach (var task in opened)
                if (seen.Add(task.Id)) yield return task;
        }
    }

    private static async Task<List<string>> SubtreeAsync(IDbContextFactory<WorkflowHubDbContext> contexts, string orgUnitId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var path = await db.Set<OrgUnit>().Where(u => u.Id == orgUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null) return [orgUnitId];
        var end = OrgUnit.SubtreeEnd(path);
        return await db.Set<OrgUnit>().Where(u => string.Compare(u.Path, path) >= 0 && string.Compare(u.Path, end) < 0).Select(u => u.Id).ToListAsync(ct);
    }

    private static async Task<ServiceRequestNode?> ReadAsync(IDbContextFactory<WorkflowHubDbContext> contexts, Guid id,
        System.Linq.Expressions.Expression<Func<ServiceRequest, bool>> scope, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.Id == id).Where(scope).Select(ServiceRequestNode.Projection).FirstOrDefaultAsync(ct);
    }
}
