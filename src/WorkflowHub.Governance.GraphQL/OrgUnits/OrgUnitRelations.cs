using WorkflowHub.Governance.GraphQL.People;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.OrgUnits;

/// <summary>What hangs off a unit; a page of units loads each relation with one query.</summary>
[ExtendObjectType(typeof(OrgUnitNode))]
public sealed class OrgUnitRelations
{
    public Task<OrgUnitNode?> GetParentAsync([Parent] OrgUnitNode unit, OrgUnitById units) =>
        unit.ParentId is null ? Task.FromResult<OrgUnitNode?>(null) : units.LoadAsync(unit.ParentId);

    [GraphQLDescription("The units directly under this one, by name.")]
    public async Task<IReadOnlyList<OrgUnitNode>> GetChildrenAsync([Parent] OrgUnitNode unit, OrgUnitChildren children) =>
        await children.LoadAsync(unit.Id) ?? [];

    [GraphQLDescription("The units above this one, from the top down (read from the path, not walked).")]
    public async Task<IReadOnlyList<OrgUnitNode>> GetAncestorsAsync([Parent] OrgUnitNode unit, OrgUnitById units) =>
        (await units.LoadManyAsync(OrgUnitRules.IdsOnPath(unit.Path).SkipLast(1))).OfType<OrgUnitNode>().ToList();

    [GraphQLDescription("People who hold a role here or live or work here, by name; each lists their roles.")]
    public async Task<IReadOnlyList<PersonNode>> GetPeopleAsync([Parent] OrgUnitNode unit, PeopleByUnit people) =>
        await people.LoadAsync(unit.Id) ?? [];
}
