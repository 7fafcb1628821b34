using WorkflowHub.Governance.GraphQL.OrgUnits;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.People;

[ExtendObjectType(typeof(PersonNode))]
public sealed class PersonRelations
{
    [GraphQLDescription("Every role the person holds, at which unit.")]
    public async Task<IReadOnlyList<RoleAssignmentNode>> GetRolesAsync([Parent] PersonNode person, RolesByPerson roles) =>
        await roles.LoadAsync(person.Id) ?? [];

    public Task<OrgUnitNode?> GetOrgUnitAsync([Parent] PersonNode person, OrgUnitById units) =>
        person.OrgUnitId is null ? Task.FromResult<OrgUnitNode?>(null) : units.LoadAsync(person.OrgUnitId);

    [GraphQLDescription("The unit of the party member's branch.")]
    public Task<OrgUnitNode?> GetBranchAsync([Parent] PersonNode person, OrgUnitById units) =>
        person.BranchId is null ? Task.FromResult<OrgUnitNode?>(null) : units.LoadAsync(person.BranchId);
}

[ExtendObjectType(typeof(RoleAssignmentNode))]
public sealed class RoleAssignmentRelations
{
    public Task<OrgUnitNode?> GetOrgUnitAsync([Parent] RoleAssignmentNode assignment, OrgUnitById units) => units.LoadAsync(assignment.OrgUnitId);

    public Task<PersonNode?> GetPersonAsync([Parent] RoleAssignmentNode assignment, PersonById people) => people.LoadAsync(assignment.PersonId);
}
