using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.GraphQL.Data.Loading;

namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

/// <summary>Public timeline steps of many requests in one query.</summary>
public sealed class PublicStepsByRequest(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<Guid, TimelineStepNode>(scheduler)
{
    protected override async Task<ILookup<Guid, TimelineStepNode>> LoadGroupsAsync(IReadOnlyList<Guid> keys, CancellationToken ct) =>
        (await contexts.Open().Set<ServiceRequestStep>()
            .Where(s => keys.Contains(s.RequestId) && s.Public)
            .OrderBy(s => s.At)
            .Select(s => new { s.RequestId, s.At, s.Step, s.Note })
            .ToListAsync(ct))
        .ToLookup(s => s.RequestId, s => new TimelineStepNode(s.At, s.Step, s.Note));
}

/// <summary>Names of org units by id, one query per page of requests.</summary>
public sealed class OrgUnitNameById(BatchScheduler scheduler, RequestDbContexts contexts) : DataLoader<string, string>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<string, string>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
        await contexts.Open().Set<OrgUnit>().Where(u => keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
}
