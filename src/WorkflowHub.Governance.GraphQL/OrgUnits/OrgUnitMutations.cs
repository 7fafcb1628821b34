using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.OrgUnits.Import;
using WorkflowHub.Governance.People;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.OrgUnits;

public sealed class CreateOrgUnitInput
{
    [ID] public required string Id { get; init; }
    [ID] public string? ParentId { get; init; }
    public OrgUnitKind Kind { get; init; }
    public required string Name { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Calendar { get; init; }
}

[GraphQLDescription("Fields left out stay as they are; clearCalendar: true makes the unit inherit its parent's calendar again.")]
public sealed class UpdateOrgUnitInput
{
    [ID] public required string Id { get; init; }
    public string? Name { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Calendar { get; init; }
    public bool? ClearCalendar { get; init; }
}

[GraphQLName("ImportResult")]
public sealed record ImportResultNode(int Created, int Updated, int Unchanged);

[MutationType]
public sealed class OrgUnitMutations
{
    public Task<OrgUnitNode> CreateOrgUnitAsync(CreateOrgUnitInput input, [Service] OrgUnitService units, CancellationToken ct) =>
        OrgErrors.Guard(async () => OrgUnitNode.From(await units.CreateAsync(
            new CreateOrgUnit(input.Id, input.ParentId, input.Kind, input.Name, input.Latitude, input.Longitude, input.Calendar), ct)));

    [GraphQLDescription("Renames a unit or changes its coordinates or calendar.")]
    public Task<OrgUnitNode> UpdateOrgUnitAsync(UpdateOrgUnitInput input, [Service] OrgUnitService units, CancellationToken ct) =>
        OrgErrors.Guard(async () => OrgUnitNode.From(await units.UpdateAsync(
            new UpdateOrgUnit(input.Id, input.Name, input.Latitude, input.Longitude, input.Calendar, input.ClearCalendar ?? false), ct)));

    [GraphQLDescription("Puts a unit under another parent. Its subtree and the requests, whistles and pledges filed under it move with it, in one transaction.")]
    public Task<OrgUnitNode> MoveOrgUnitAsync([ID] string id, [ID] string parentId, [Service] OrgUnitService units, CancellationToken ct) =>
        OrgErrors.Guard(async () => OrgUnitNode.From(await units.MoveAsync(id, parentId, ct)));

    [GraphQLDescription("Removes a unit nothing refers to any more (no child units, people, roles, requests, whistles or pledges). Answers its id.")]
    public Task<string> DeleteOrgUnitAsync([ID] string id, [Service] OrgUnitService units, CancellationToken ct) =>
        OrgErrors.Guard(async () =>
        {
            await units.DeleteAsync(id, ct);
            return id;
        });

    [GraphQLDescription("Imports units (id, parentId, kind, name, latitude, longitude, calendar) from CSV with a header line or a JSON array, all or nothing. " +
                        "Every bad row is reported with its line or JSON path; parents may follow their children; importing again updates.")]
    public Task<ImportResultNode> ImportOrgUnitsAsync(ImportFormat format, string content, [Service] OrgUnitImporter importer, CancellationToken ct) =>
        OrgErrors.Guard(async () => Node(await importer.ImportAsync(format, content, ct)));

    [GraphQLDescription("Imports people (id, name, phone, orgUnitId, roles as \"grid-worker; grid-head\" or \"role@unitId\", partyMember, branchId), all or nothing. " +
                        "Importing again updates them and leaves each with exactly the roles listed.")]
    public Task<ImportResultNode> ImportPeopleAsync(ImportFormat format, string content, [Service] PeopleImporter importer, CancellationToken ct) =>
        OrgErrors.Guard(async () => Node(await importer.ImportAsync(format, content, ct)));

    private static ImportResultNode Node(ImportResult result) => new(result.Created, result.Updated, result.Unchanged);
}
