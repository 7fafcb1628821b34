using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;

namespace WorkflowHub.Governance.Tests.Support;

/// <summary>
/// A small grid tree inserted as rows: district → street → community → two grids, with a grid worker and a grid head
/// in grid 1, a worker in grid 2, and a community admin and dispatcher in the community.
/// </summary>
public static class DemoTree
{
    public const string District = "d1", Street = "s1", Community = "c1", Grid1 = "g1", Grid2 = "g2";
    public const string Worker1 = "worker-1", Worker2 = "worker-2", GridHead1 = "head-1", CommunityAdmin = "admin-1", Dispatcher = "dispatcher-1";
    public const double Grid1Latitude = 39.9100, Grid1Longitude = 116.4000, Grid2Latitude = 39.9200, Grid2Longitude = 116.4200;

    public static async Task SeedAsync(GovernanceServer server)
    {
        var now = server.Clock.GetUtcNow();
        OrgUnit Unit(string id, string? parent, string parentPath, OrgUnitKind kind, string name, int depth, double? lat = null, double? lon = null) => new()
        {
            Id = id, ParentId = parent, Kind = kind, Name = name, Path = OrgUnit.PathOf(parentPath, id), Depth = depth,
            Latitude = lat, Longitude = lon, CreatedAt = now, UpdatedAt = now,
        };
        var units = new[]
        {
            Unit(District, null, "/", OrgUnitKind.District, "东城区 Dongcheng", 0),
            Unit(Street, District, "/d1/", OrgUnitKind.Street, "和平里街道 Hepingli", 1),
            Unit(Community, Street, "/d1/s1/", OrgUnitKind.Community, "和平里社区 Hepingli community", 2),
            Unit(Grid1, Community, "/d1/s1/c1/", OrgUnitKind.Grid, "第一网格 Grid 1", 3, Grid1Latitude, Grid1Longitude),
            Unit(Grid2, Community, "/d1/s1/c1/", OrgUnitKind.Grid, "第二网格 Grid 2", 3, Grid2Latitude, Grid2Longitude),
        };
        (string Person, string Role, string Unit)[] staff =
        [
            (Worker1, Roles.GridWorker, Grid1), (GridHead1, Roles.GridHead, Grid1), (Worker2, Roles.GridWorker, Grid2),
            (CommunityAdmin, Roles.CommunityAdmin, Community), (Dispatcher, Roles.Dispatcher, Community),
        ];
        await server.QueryAsync(async db =>
        {
            db.AddRange(units);
            foreach (var (person, role, unit) in staff)
            {
                if (db.ChangeTracker.Entries<Person>().All(e => e.Entity.Id != person))
                    db.Add(new Person { Id = person, Name = person, OrgUnitId = unit, CreatedAt = now });
                db.Add(new RoleAssignment { Id = Guid.NewGuid(), PersonId = person, Role = role, OrgUnitId = unit });
            }
            return await db.SaveChangesAsync();
        });
    }
}
