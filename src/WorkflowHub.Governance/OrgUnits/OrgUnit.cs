namespace WorkflowHub.Governance.OrgUnits;

/// <summary>The levels of the grid, from the district down to a building or a village's neighbourly unit; departments sit beside them.</summary>
public enum OrgUnitKind { District, Street, Community, Grid, Building, NeighbourUnit, Department }

/// <summary>
/// One unit of the grid tree. <see cref="Path"/> holds the ids from the root down, so that "this unit and
/// everything under it" is one index range in SQL (<c>Path &gt;= '/d/s/' AND Path &lt; '/d/s0'</c>) rather than a recursive walk.
/// </summary>
public sealed class OrgUnit
{
    public required string Id { get; set; }
    public string? ParentId { get; set; }
    public OrgUnitKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>"/district/street/community/grid/": every ancestor's id and its own, each followed by '/'.</summary>
    public required string Path { get; set; }
    /// <summary>0 for a root.</summary>
    public int Depth { get; set; }
    /// <summary>Centre of the unit's area, used to route a request given by location to the nearest grid.</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>The working-time calendar deadlines of this unit count on (null: inherit from the parent, then "default").</summary>
    public string? Calendar { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static string PathOf(string? parentPath, string id) => (parentPath ?? "/") + id + "/";

    /// <summary>The exclusive upper bound of a subtree's paths: '/' + 1 is '0', so every descendant sorts below it.</summary>
    public static string SubtreeEnd(string path) => path[..^1] + "0";
}
