using WorkflowHub.Governance.GraphQL.OrgUnits;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Governance.GraphQL.Whistles;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data;
using WorkflowHub.Governance.GraphQL.Access;
using WorkflowHub.Security;
using WorkflowHub.GraphQL.Data.Loading;

namespace WorkflowHub.Governance.GraphQL.Pledges;

[QueryType]
public sealed class PledgeQueries
{
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Pledges, optionally of the branches in one org unit's subtree (branchId); e.g. where: { memberId: { eq: \"m1\" }, year: { eq: 2026 }, flagged: { eq: true } }.")]
    public async Task<IQueryable<PledgeNode>> GetPledgesAsync(string? branchId, [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct)
    {
        var context = db.Open();
        var pledges = context.Set<Pledge>().Where(ActorScope.Pledges(actor));
        if (branchId is not null)
        {
            var (from, to) = await SubtreeQueries.RangeAsync(db, branchId, ct);
            pledges = pledges.Where(p => p.OrgPath.CompareTo(from) >= 0 && p.OrgPath.CompareTo(to) < 0);
        }
        return pledges.Select(PledgeNode.Projection);
    }

    public Task<PledgeNode?> GetPledgeAsync(Guid id, [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct) =>
        db.Open().Set<Pledge>().Where(p => p.Id == id).Where(ActorScope.Pledges(actor)).Select(PledgeNode.Projection).FirstOrDefaultAsync(ct);
}

[ExtendObjectType(typeof(PledgeNode))]
public sealed class PledgeRelations
{
    [GraphQLDescription("Progress notes and evidence, oldest first.")]
    public async Task<IReadOnlyList<PledgeProgressNode>> GetProgressAsync([Parent] PledgeNode pledge, ProgressByPledge progress) =>
        await progress.LoadAsync(pledge.Id) ?? [];

    [GraphQLDescription("The tasks waiting on the pledge (review, revision, fulfilment, scores, explanation).")]
    public async Task<IReadOnlyList<TaskNode>> GetOpenTasksAsync([Parent] PledgeNode pledge, OpenTasksByInstance tasks) =>
        pledge.InstanceId is { } id ? await tasks.LoadAsync(id) ?? [] : [];
}

/// <summary>Progress notes of many pledges in one query.</summary>
public sealed class ProgressByPledge(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<Guid, PledgeProgressNode>(scheduler)
{
    protected override async Task<ILookup<Guid, PledgeProgressNode>> LoadGroupsAsync(IReadOnlyList<Guid> keys, CancellationToken ct) =>
        (await contexts.Open().Set<PledgeProgress>().Where(p => keys.Contains(p.PledgeId)).OrderBy(p => p.At)
            .Select(PledgeProgressNode.Projection).ToListAsync(ct))
        .ToLookup(p => p.PledgeId);
}
