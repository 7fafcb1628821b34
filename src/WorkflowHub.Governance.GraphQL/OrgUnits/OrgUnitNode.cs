using System.Linq.Expressions;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.OrgUnits;

[GraphQLName("OrgUnit")]
[GraphQLDescription("A unit of the grid: district, street, community, grid, building, neighbourly unit, or a department.")]
public sealed class OrgUnitNode
{
    public required string Id { get; init; }
    public string? ParentId { get; init; }
    public OrgUnitKind Kind { get; init; }
    public required string Name { get; init; }
    [GraphQLDescription("The ids from the root down to this unit, each followed by '/'.")]
    public required string Path { get; init; }
    [GraphQLDescription("0 for a top unit.")]
    public int Depth { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    [GraphQLDescription("The working-time calendar set on this unit; null inherits the parent's.")]
    public string? Calendar { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static readonly Expression<Func<OrgUnit, OrgUnitNode>> Projection = u => new OrgUnitNode
    {
        Id = u.Id, ParentId = u.ParentId, Kind = u.Kind, Name = u.Name, Path = u.Path, Depth = u.Depth,
        Latitude = u.Latitude, Longitude = u.Longitude, Calendar = u.Calendar, CreatedAt = u.CreatedAt, UpdatedAt = u.UpdatedAt,
    };

    private static readonly Func<OrgUnit, OrgUnitNode> Compiled = Projection.Compile();

    public static OrgUnitNode From(OrgUnit unit) => Compiled(unit);
}
