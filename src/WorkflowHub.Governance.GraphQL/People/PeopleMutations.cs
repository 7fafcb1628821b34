using WorkflowHub.Governance.GraphQL.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.People;

public sealed class CreatePersonInput
{
    [GraphQLDescription("Left out, an id is made up.")]
    [ID] public string? Id { get; init; }
    public required string Name { get; init; }
    public string? Phone { get; init; }
    [ID] public string? OrgUnitId { get; init; }
    public bool? PartyMember { get; init; }
    [ID] public string? BranchId { get; init; }
}

[MutationType]
public sealed class PeopleMutations
{
    public Task<PersonNode> CreatePersonAsync(CreatePersonInput input, [Service] PersonService people, CancellationToken ct) =>
        OrgErrors.Guard(async () => PersonNode.From(await people.CreateAsync(
            new CreatePerson(input.Id, input.Name, input.Phone, input.OrgUnitId, input.PartyMember ?? false, input.BranchId), ct)));

    [GraphQLDescription("Gives a person a role at a unit; giving one they hold already changes nothing.")]
    public Task<RoleAssignmentNode> AssignRoleAsync([ID] string personId, string role, [ID] string orgUnitId, [Service] PersonService people, CancellationToken ct) =>
        OrgErrors.Guard(async () => RoleAssignmentNode.From(await people.AssignRoleAsync(personId, role, orgUnitId, ct)));

    [GraphQLDescription("Takes a role back; answers whether the person held it.")]
    public Task<bool> RemoveRoleAsync([ID] string personId, string role, [ID] string orgUnitId, [Service] PersonService people, CancellationToken ct) =>
        OrgErrors.Guard(() => people.RemoveRoleAsync(personId, role, orgUnitId, ct));
}
