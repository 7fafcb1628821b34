using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
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
    public async Task<IQueryable<ServiceRequestNode>> GetServiceRequestsAsync(string? orgUnitId, [Service] RequestDbContexts db, [Service] TimeProvider clock,
        CancellationToken ct, bool includeSubtree = true)
    {
        var context = db.Open();
        var requests = context.Set<ServiceRequest>().AsQueryable();
        if (orgUnitId is not null)
        {
            var path = await context.Set<OrgUnit>().Where(u => u.Id == orgUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
                       ?? throw new GraphQLException($"No org unit '{orgUnitId}'.", EngineErrors.NotFound);
            if (includeSubtree)
            {
                var end = OrgUnit.SubtreeEnd(path);
                requests = requests.Where(r => string.Compare(r.OrgPath, path) >= 0 && string.Compare(r.OrgPath, end) < 0);
            }
            else requests = requests.Where(r => r.OrgUnitId == orgUnitId || r.HandlingUnitId == orgUnitId);
        }
        return requests.OrderByDescending(r => r.SubmittedAt).Select(ServiceRequestNode.Projection(clock.GetUtcNow()));
    }

    [GraphQLDescription("A request by id. A signed-in resident sees only the request they signed in with.")]
    public Task<ServiceRequestNode?> GetServiceRequestAsync(Guid id, [Service] RequestDbContexts db, [Service] TimeProvider clock, [Service] ICurrentActor actor, CancellationToken ct) =>
        ResidentsOwnOnly(actor, db.Open().Set<ServiceRequest>().Where(r => r.Id == id)).Select(ServiceRequestNode.Projection(clock.GetUtcNow())).FirstOrDefaultAsync(ct);

    [GraphQLDescription("A request by the code the resident was given. A signed-in resident sees only the request they signed in with.")]
    public Task<ServiceRequestNode?> GetServiceRequestByTrackingCodeAsync(string code, [Service] RequestDbContexts db, [Service] TimeProvider clock, [Service] ICurrentActor actor, CancellationToken ct) =>
        ResidentsOwnOnly(actor, db.Open().Set<ServiceRequest>().Where(r => r.TrackingCode == code.Trim().ToUpperInvariant()))
            .Select(ServiceRequestNode.Projection(clock.GetUtcNow())).FirstOrDefaultAsync(ct);

    /// <summary>A resident asking for any other request is refused (in SQL, before anything is read), not told whether it exists.</summary>
    private static IQueryable<ServiceRequest> ResidentsOwnOnly(ICurrentActor actor, IQueryable<ServiceRequest> requests)
    {
        if (!actor.IsResident) return requests;
        var own = actor.TrackingCode;
        return requests.Where(r => r.TrackingCode == own);
    }

    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Open tasks for the signed-in person: those for a role they hold in that task's org unit, and those they claimed.")]
    public async Task<IQueryable<TaskNode>> GetMyTasksAsync(ClaimsPrincipal? user, [Service] RequestDbContexts db, CancellationToken ct)
    {
        var context = db.Open();
        var person = user.PersonId();
        var open = context.Tasks.Where(t => t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed);
        if (person is null) return open.Where(t => false).Select(TaskNode.Projection);
        var roles = await context.Set<RoleAssignment>().Where(a => a.PersonId == person).Select(a => a.Role + "@" + a.OrgUnitId).ToListAsync(ct);
        return open
            .Where(t => t.ClaimedBy == person || (t.Status == TaskItemStatus.Open && roles.Contains(t.AssigneeRole + "@" + t.OrgUnitId)))
            .OrderBy(t => t.CreatedAt)
            .Select(TaskNode.Projection);
    }
}
