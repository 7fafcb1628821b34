namespace WorkflowHub.Governance.OrgUnits;

/// <summary>
/// Which kind of unit may sit under which: district → street → community → grid → building or neighbourly unit.
/// Departments may sit at the top or under any unit that is not a leaf, and hold only departments.
/// </summary>
public static class OrgUnitNesting
{
    private static readonly Dictionary<OrgUnitKind, OrgUnitKind[]> Parents = new()
    {
        [OrgUnitKind.District] = [],
        [OrgUnitKind.Street] = [OrgUnitKind.District],
        [OrgUnitKind.Community] = [OrgUnitKind.Street],
        [OrgUnitKind.Grid] = [OrgUnitKind.Community],
        [OrgUnitKind.Building] = [OrgUnitKind.Grid],
        [OrgUnitKind.NeighbourUnit] = [OrgUnitKind.Grid],
        [OrgUnitKind.Department] = [OrgUnitKind.District, OrgUnitKind.Street, OrgUnitKind.Community, OrgUnitKind.Grid, OrgUnitKind.Department],
    };

    public static bool MayBeRoot(OrgUnitKind kind) => kind is OrgUnitKind.District or OrgUnitKind.Department;

    public static bool MaySitUnder(OrgUnitKind child, OrgUnitKind parent) => Parents[child].Contains(parent);

    /// <summary>Why <paramref name="child"/> may not sit under <paramref name="parent"/> (null: no parent), or null when it may.</summary>
    public static string? Problem(OrgUnitKind child, OrgUnitKind? parent) => parent switch
    {
        null when MayBeRoot(child) => null,
        null => $"A {child} needs a parent ({string.Join(" or ", Parents[child])}).",
        { } p when MaySitUnder(child, p) => null,
        { } p => Parents[child].Length == 0
            ? $"A {child} is the top of the tree and cannot sit under a {p}."
            : $"A {child} cannot sit under a {p}; its parent must be a {string.Join(" or ", Parents[child])}.",
    };
}
