using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.GraphQL.Data.Loading;

namespace WorkflowHub.Governance.GraphQL.OrgUnits;

/// <summary>Units by id, many in one query: parents, ancestors, a person's unit.</summary>
public sealed class OrgUnitById(BatchScheduler scheduler, RequestDbContexts contexts) : DataLoader<string, OrgUnitNode>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<string, OrgUnitNode>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
        await contexts.Open().Set<OrgUnit>().Where(u => keys.Contains(u.Id)).Select(OrgUnitNode.Projection).ToDictionaryAsync(u => u.Id, ct);
}

/// <summary>Children of many units in one query, by name.</summary>
public sealed class OrgUnitChildren(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<string, OrgUnitNode>(scheduler)
{
    protected override async Task<ILookup<string, OrgUnitNode>> LoadGroupsAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
        (await contexts.Open().Set<OrgUnit>().Where(u => u.ParentId != null && keys.Contains(u.ParentId))
            .OrderBy(u => u.Name).ThenBy(u => u.Id).Select(OrgUnitNode.Projection).ToListAsync(ct))
        .ToLookup(u => u.ParentId!);
}
