using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Governance.GraphQL.OrgUnits;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data;

namespace WorkflowHub.Governance.GraphQL.People;

[QueryType]
public sealed class PeopleQueries
{
    [UsePaging(IncludeTotalCount = true, MaxPageSize = 500)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("People. role keeps holders of that role; orgUnitSubtree keeps people of a unit and everything under it " +
                        "(living or working there, or holding a role there — the role given, if one is). Filter party members with where: { partyMember: { eq: true } }.")]
    public Task<IQueryable<PersonNode>> GetPeopleAsync(string? role, [ID] string? orgUnitSubtree, [Service] RequestDbContexts db, CancellationToken ct) =>
        OrgErrors.Guard(async () =>
        {
            var context = db.Open();
            var people = context.Set<Person>().AsQueryable();
            var assignments = context.Set<RoleAssignment>().AsQueryable();
            if (role is not null) assignments = assignments.Where(r => r.Role == role);
            if (orgUnitSubtree is not null)
            {
                var (from, to) = await SubtreeQueries.RangeAsync(db, orgUnitSubtree, ct);
                var units = context.Set<OrgUnit>().Where(u => string.Compare(u.Path, from) >= 0 && string.Compare(u.Path, to) < 0).Select(u => u.Id);
                assignments = assignments.Where(r => units.Contains(r.OrgUnitId));
                people = role is null
                    ? people.Where(p => units.Contains(p.OrgUnitId!) || assignments.Any(r => r.PersonId == p.Id))
                    : people.Where(p => assignments.Any(r => r.PersonId == p.Id));
            }
            else if (role is not null)
            {
                people = people.Where(p => assignments.Any(r => r.PersonId == p.Id));
            }
            return people.Select(PersonNode.Projection);
        });

    public Task<PersonNode?> GetPersonAsync([ID] string id, [Service] RequestDbContexts db, CancellationToken ct) =>
        db.Open().Set<Person>().Where(p => p.Id == id).Select(PersonNode.Projection).FirstOrDefaultAsync(ct);
}
