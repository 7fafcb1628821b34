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
using WorkflowHub.Governance.GraphQL.Access;

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
        [Service] ICurrentActor actor, CancellationToken ct, bool includeSubtree = true)
    {
        var context = db.Open();
        var requests = context.Set<ServiceRequest>().Where(ActorScope.Requests(actor));
        if (orgUnitId is not null)
        {
            var (from, to) = await SubtreeQueries.RangeAsync(db, orgUnitId, ct);
            if (includeSubtree) requests = requests.Where(r => string.Compare(r.OrgPath, from) >= 0 && string.Compare(r.OrgPath, to) < 0);
            else requests = requests.Where(r => r.OrgUnitId == orgUnitId || r.HandlingUnitId == orgUnitId);
        }
        return requests.OrderByDescending(r => r.SubmittedAt).Select(ServiceRequestNode.Projection);
    }

    [GraphQLDescription("A request by id; null when there is none the caller may see (a resident sees only the request they signed in with).")]
    public Task<ServiceRequestNode?> GetServiceRequestAsync(Guid id, [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct) =>
        ResidentsOwnOnly(actor, db.Open().Set<ServiceRequest>().Where(r => r.Id == id)).Select(ServiceRequestNode.Projection).FirstOrDefaultAsync(ct);

    [GraphQLDescription("A request by the code the resident was given; null when there is none the caller may see.")]
    public Task<ServiceRequestNode?> GetServiceRequestByTrackingCodeAsync(string code, [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct) =>
        ResidentsOwnOnly(actor, db.Open().Set<ServiceRequest>().Where(r => r.TrackingCode == code.Trim().ToUpperInvariant()))
            .Select(ServiceRequestNode.Projection).FirstOrDefaultAsync(ct);

    /// <summary>A request out of the caller's scope is filtered out in SQL, before anything is read: the answer is null, as for one that does not exist.</summary>
    private static IQueryable<ServiceRequest> ResidentsOwnOnly(ICurrentActor actor, IQueryable<ServiceRequest> requests) =>
        requests.Where(ActorScope.Requests(actor));
}
