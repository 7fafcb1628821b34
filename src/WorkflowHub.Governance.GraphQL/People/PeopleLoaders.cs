using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Governance.People;
using WorkflowHub.GraphQL.Data.Loading;

namespace WorkflowHub.Governance.GraphQL.People;

/// <summary>The roles of many people in one query.</summary>
public sealed class RolesByPerson(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<string, RoleAssignmentNode>(scheduler)
{
    protected override async Task<ILookup<string, RoleAssignmentNode>> LoadGroupsAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
        (await contexts.Open().Set<RoleAssignment>().Where(r => keys.Contains(r.PersonId))
            .OrderBy(r => r.OrgUnitId).ThenBy(r => r.Role).Select(RoleAssignmentNode.Projection).ToListAsync(ct))
        .ToLookup(r => r.PersonId);
}

/// <summary>People by id, many in one query.</summary>
public sealed class PersonById(BatchScheduler scheduler, RequestDbContexts contexts) : DataLoader<string, PersonNode>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<string, PersonNode>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
        await contexts.Open().Set<Person>().Where(p => keys.Contains(p.Id)).Select(PersonNode.Projection).ToDictionaryAsync(p => p.Id, ct);
}

/// <summary>The people of many units in one query: those who hold a role there and those who live or work there.</summary>
public sealed class PeopleByUnit(BatchScheduler scheduler, RequestDbContexts contexts) : GroupedDataLoader<string, PersonNode>(scheduler)
{
    protected override async Task<ILookup<string, PersonNode>> LoadGroupsAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        var db = contexts.Open();
        var holding = await db.Set<RoleAssignment>().Where(r => keys.Contains(r.OrgUnitId)).Select(r => new { r.OrgUnitId, r.PersonId }).Distinct().ToListAsync(ct);
        var holderIds = holding.Select(h => h.PersonId).Distinct().ToList();
        var people = await db.Set<Person>().Where(p => holderIds.Contains(p.Id) || (p.OrgUnitId != null && keys.Contains(p.OrgUnitId)))
            .Select(PersonNode.Projection).ToListAsync(ct);
        var byId = people.ToDictionary(p => p.Id);
        return holding.Select(h => (h.OrgUnitId, Person: byId[h.PersonId]))
            .Concat(people.Where(p => p.OrgUnitId is not null && keys.Contains(p.OrgUnitId)).Select(p => (OrgUnitId: p.OrgUnitId!, Person: p)))
            .DistinctBy(x => (x.OrgUnitId, x.Person.Id))
            .OrderBy(x => x.Person.Name, StringComparer.Ordinal).ThenBy(x => x.Person.Id, StringComparer.Ordinal)
            .ToLookup(x => x.OrgUnitId, x => x.Person);
    }
}
