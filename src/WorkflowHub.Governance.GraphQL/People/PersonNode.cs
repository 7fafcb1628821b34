using System.Linq.Expressions;
using WorkflowHub.Governance.People;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.People;

[GraphQLName("Person")]
[GraphQLDescription("Someone the grid knows: staff, party members, residents.")]
public sealed class PersonNode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Phone { get; init; }
    [GraphQLDescription("The unit the person lives or works in.")]
    public string? OrgUnitId { get; init; }
    public bool PartyMember { get; init; }
    [GraphQLDescription("The unit of a party member's branch, which reviews their pledges.")]
    public string? BranchId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public static readonly Expression<Func<Person, PersonNode>> Projection = p => new PersonNode
    {
        Id = p.Id, Name = p.Name, Phone = p.Phone, OrgUnitId = p.OrgUnitId, PartyMember = p.PartyMember, BranchId = p.BranchId, CreatedAt = p.CreatedAt,
    };

    private static readonly Func<Person, PersonNode> Compiled = Projection.Compile();

    public static PersonNode From(Person person) => Compiled(person);
}

[GraphQLName("RoleAssignment")]
[GraphQLDescription("A role a person holds at a unit.")]
public sealed class RoleAssignmentNode
{
    public Guid Id { get; init; }
    public required string PersonId { get; init; }
    public required string Role { get; init; }
    public required string OrgUnitId { get; init; }

    public static readonly Expression<Func<RoleAssignment, RoleAssignmentNode>> Projection = r => new RoleAssignmentNode
    {
        Id = r.Id, PersonId = r.PersonId, Role = r.Role, OrgUnitId = r.OrgUnitId,
    };

    public static RoleAssignmentNode From(RoleAssignment r) => new() { Id = r.Id, PersonId = r.PersonId, Role = r.Role, OrgUnitId = r.OrgUnitId };
}
