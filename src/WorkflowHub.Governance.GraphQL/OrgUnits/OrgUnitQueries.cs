using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data;

namespace WorkflowHub.Governance.GraphQL.OrgUnits;

[QueryType]
public sealed class OrgUnitQueries
{
    [UsePaging(IncludeTotalCount = true, MaxPageSize = 500)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Units of the grid; subtreeOf keeps a unit and everything under it. Order with order: [{ path: ASC }].")]
    public Task<IQueryable<OrgUnitNode>> GetOrgUnitsAsync([ID] string? subtreeOf, [Service] RequestDbContexts db, CancellationToken ct) =>
        OrgErrors.Guard(async () =>
        {
            var units = db.Open().Set<OrgUnit>().AsQueryable();
            if (subtreeOf is not null)
            {
                var (from, to) = await SubtreeQueries.RangeAsync(db, subtreeOf, ct);
                units = units.Where(u => string.Compare(u.Path, from) >= 0 && string.Compare(u.Path, to) < 0);
            }
            return units.Select(OrgUnitNode.Projection);
        });

    public Task<OrgUnitNode?> GetOrgUnitAsync([ID] string id, [Service] RequestDbContexts db, CancellationToken ct) =>
        db.Open().Set<OrgUnit>().Where(u => u.Id == id).Select(OrgUnitNode.Projection).FirstOrDefaultAsync(ct);
}
