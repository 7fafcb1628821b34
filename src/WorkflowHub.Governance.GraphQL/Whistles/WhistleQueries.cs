using WorkflowHub.Governance.GraphQL.OrgUnits;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Governance.Whistles;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data;
using WorkflowHub.Governance.GraphQL.Access;
using WorkflowHub.Security;

namespace WorkflowHub.Governance.GraphQL.Whistles;

[QueryType]
public sealed class WhistleQueries
{
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Whistles, optionally of one org unit's subtree (orgUnitId); e.g. where: { grade: { eq: RED }, raisedAt: { gte: ... } }, order: [{ raisedAt: DESC }].")]
    public async Task<IQueryable<WhistleNode>> GetWhistlesAsync(string? orgUnitId, [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct)
    {
        var context = db.Open();
        var whistles = context.Set<Whistle>().Where(ActorScope.Whistles(actor));
        if (orgUnitId is not null)
        {
            var (from, to) = await SubtreeQueries.RangeAsync(db, orgUnitId, ct);
            whistles = whistles.Where(w => w.OrgPath.CompareTo(from) >= 0 && w.OrgPath.CompareTo(to) < 0);
        }
        return whistles.Select(WhistleNode.Projection);
    }

    public Task<WhistleNode?> GetWhistleAsync(Guid id, [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct) =>
        db.Open().Set<Whistle>().Where(w => w.Id == id).Where(ActorScope.Whistles(actor)).Select(WhistleNode.Projection).FirstOrDefaultAsync(ct);
}

[ExtendObjectType(typeof(WhistleNode))]
public sealed class WhistleRelations
{
    [GraphQLDescription("The report-in or handling task waiting on the whistle; complete it with completeTask.")]
    public async Task<IReadOnlyList<TaskNode>> GetOpenTasksAsync([Parent] WhistleNode whistle, OpenTasksByInstance tasks) =>
        whistle.InstanceId is { } id ? await tasks.LoadAsync(id) ?? [] : [];
}
