using WorkflowHub.Governance.GraphQL.OrgUnits;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.Security;

namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

[QueryType]
public sealed class ServiceRequestQueries
{
    [GraphQLDescription("The request categories and their time limits, shortest feedback limit first.")]
    public IReadOnlyList<ServiceCategoryNode> GetServiceCategories([Service] ServiceCategoryCatalog categories) =>
        categories.All.Select(ServiceCategoryNode.From).ToList();

    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Requests, newest first unless ordered otherwise. With orgUnitId, only that unit's requests, or its whole subtree with includeSubtree (the default).")]
    public async Task<IQueryable<ServiceRequestNode>> GetServiceRequestsAsync(string? orgUnitId, [Service] RequestDbContexts db,
        CancellationToken ct, bool includeSubtree = true)
    {
        var context = db.Open();
        var requests = context.Set<ServiceRequest>().AsQueryable();
        if (orgUnitId is not null)
        {
            var (from, to) = await SubtreeQueries.RangeAsync(db, orgUnitId, ct);
            if (includeSubtree) requests = requests.Where(r => string.Compare(r.OrgPath, from) >= 0 && string.Compare(r.OrgPath, to) < 0);
            else requests = requests.Where(r => r.OrgUnitId == orgUnitId || r.HandlingUnitId == orgUnitId);
        }
        return requests.OrderByDescending(r => r.SubmittedAt).Select(ServiceRequestNode.Projection);
    }

    [GraphQLDescription("A request by id. A signed-in resident sees only the request they signed in with.")]
    public Task<ServiceRequestNode?> GetServiceRequestAsync(Guid id, [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct) =>
        ResidentsOwnOnly(actor, db.Open().Set<ServiceRequest>().Where(r => r.Id == id)).Select(ServiceRequestNode.Projection).FirstOrDefaultAsync(ct);

    [GraphQLDescription("A request by the code the resident was given. A signed-in resident sees only the request they signed in with.")]
    public Task<ServiceRequestNode?> GetServiceRequestByTrackingCodeAsync(string code, [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct) =>
        ResidentsOwnOnly(actor, db.Open().Set<ServiceRequest>().Where(r => r.TrackingCode == code.Trim().ToUpperInvariant()))
            .Select(ServiceRequestNode.Projection).FirstOrDefaultAsync(ct);

    /// <summary>A resident asking for any other request is refused (in SQL, before anything is read), not told whether it exists.</summary>
    private static IQueryable<ServiceRequest> ResidentsOwnOnly(ICurrentActor actor, IQueryable<ServiceRequest> requests)
    {
        if (!actor.IsResident) return requests;
        var own = actor.TrackingCode;
        return requests.Where(r => r.TrackingCode == own);
    }
}
