using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;

namespace WorkflowHub.Governance.Tests.Support;

/// <summary>
/// A district with one street, one community and one grid, a party member in the community's branch, and the staff the
/// whistle and pledge stories act as, each holding the role its steps ask for.
/// </summary>
internal static class SmallGrid
{
    public const string District = "d1", Street = "s1", Community = "c1", Grid = "g1", Member = "m1", Resident = "r1";

    public static readonly (string Person, string Role, string Unit)[] Staff =
    [
        ("grid-worker-1", Roles.GridWorker, Grid), ("dept-1", Roles.DepartmentContact, Community), ("secretary-1", Roles.BranchSecretary, Community),
        (Member, Roles.PartyMember, Community), ("member-2", Roles.PartyMember, Community),
    ];

    public static Task SeedAsync(GovernanceServer server) => server.QueryAsync(async db =>
    {
        var now = server.Clock.GetUtcNow();
        OrgUnit Unit(string id, OrgUnit? parent, OrgUnitKind kind) => new()
        {
            Id = id, ParentId = parent?.Id, Kind = kind, Name = kind + " " + id, Path = OrgUnit.PathOf(parent?.Path, id),
            Depth = parent is null ? 0 : parent.Depth + 1, CreatedAt = now, UpdatedAt = now,
        };
        var district = Unit(District, null, OrgUnitKind.District);
        var street = Unit(Street, district, OrgUnitKind.Street);
        var community = Unit(Community, street, OrgUnitKind.Community);
        var grid = Unit(Grid, community, OrgUnitKind.Grid);
        db.AddRange(district, street, community, grid);
        db.Add(new Person { Id = Member, Name = "Li Wei", PartyMember = true, BranchId = Community, OrgUnitId = Community, CreatedAt = now });
        db.Add(new Person { Id = Resident, Name = "Wang Fang", OrgUnitId = Grid, CreatedAt = now });
        foreach (var (person, role, unit) in Staff)
        {
            if (person != Member) db.Add(new Person { Id = person, Name = person, OrgUnitId = unit, CreatedAt = now });
            db.Add(new RoleAssignment { Id = Guid.NewGuid(), PersonId = person, Role = role, OrgUnitId = unit });
        }
        await db.SaveChangesAsync();
        return true;
    });
}
