using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.Governance.Whistles;

namespace WorkflowHub.Governance.Tests.OrgUnits;

public sealed class OrgUnitTests
{
    [Fact]
    public async Task Should_show_a_unit_with_its_parent_children_ancestors_and_people()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);
        await server.DataAsync("""
            mutation {
              createPerson(input: { id: "wang", name: "Wang Fang", orgUnitId: "g1" }) { id }
              assignRole(personId: "wang", role: "grid-head", orgUnitId: "g1") { role }
            }
            """);

        var data = await server.DataAsync("""
            { orgUnit(id: "g1") { name kind path depth parent { id } ancestors { id } children { id } people { id roles { role orgUnit { id } } } } }
            """);

        var unit = data["orgUnit"]!;
        Assert.Equal("GRID", (string)unit["kind"]!);
        Assert.Equal("/d1/s1/c1/g1/", (string)unit["path"]!);
        Assert.Equal(3, (int)unit["depth"]!);
        Assert.Equal("c1", (string)unit["parent"]!["id"]!);
        Assert.Equal(["d1", "s1", "c1"], unit["ancestors"]!.AsArray().Select(a => (string)a!["id"]!));
        Assert.Empty(unit["children"]!.AsArray());
        Assert.Equal("wang", (string)unit["people"]![0]!["id"]!);
        Assert.Equal("grid-head", (string)unit["people"]![0]!["roles"]![0]!["role"]!);
    }

    [Fact]
    public async Task Should_list_a_subtree_filtered_by_kind_and_name_in_order()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var data = await server.DataAsync("""
            {
              grids: orgUnits(subtreeOf: "s1", where: { kind: { eq: GRID } }, order: [{ name: DESC }]) { totalCount nodes { id } }
              named: orgUnits(where: { name: { contains: "Two" } }, order: [{ id: ASC }]) { nodes { id } }
              underD1: orgUnits(where: { parentId: { eq: "d1" } }) { totalCount }
              s2: orgUnits(subtreeOf: "s2") { nodes { id } }
            }
            """);

        Assert.Equal(["g2", "g1"], data["grids"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Equal(["g2", "s2"], data["named"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Equal(2, (int)data["underD1"]!["totalCount"]!);
        Assert.Equal(["s2"], data["s2"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }

    [Fact]
    public async Task Should_refuse_a_grid_directly_under_a_street_and_an_unknown_parent_with_paths()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var nesting = await OrgTree.ErrorAsync(server, """mutation { createOrgUnit(input: { id: "g9", parentId: "s1", kind: GRID, name: "Stray" }) { id } }""");
        var unknown = await OrgTree.ErrorAsync(server, """mutation { createOrgUnit(input: { id: "g9", parentId: "nowhere", kind: GRID, name: "" }) { id } }""");

        Assert.Equal("BAD_USER_INPUT", (string)nesting["extensions"]!["code"]!);
        Assert.Equal(["kind"], OrgTree.Paths(nesting));
        Assert.Equal(["name", "parentId"], OrgTree.Paths(unknown).Order());
    }

    [Fact]
    public async Task Should_rename_and_set_coordinates_and_calendar()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var data = await server.DataAsync("""
            mutation { updateOrgUnit(input: { id: "c1", name: "Harmony Community", latitude: 39.9, longitude: 116.3, calendar: "village" }) { name latitude calendar } }
            """);
        var cleared = await server.DataAsync("""mutation { updateOrgUnit(input: { id: "c1", clearCalendar: true }) { name calendar } }""");
        var missing = await OrgTree.ErrorAsync(server, """mutation { updateOrgUnit(input: { id: "zz", name: "x" }) { id } }""");

        Assert.Equal("Harmony Community", (string)data["updateOrgUnit"]!["name"]!);
        Assert.Equal("village", (string)data["updateOrgUnit"]!["calendar"]!);
        Assert.Null(cleared["updateOrgUnit"]!["calendar"]);
        Assert.Equal("Harmony Community", (string)cleared["updateOrgUnit"]!["name"]!);
        Assert.Equal("NOT_FOUND", (string)missing["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Should_move_a_community_with_its_grids_requests_whistles_and_pledges_to_another_street()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);
        var now = server.Clock.GetUtcNow();
        await server.QueryAsync(async db =>
        {
            db.Add(new ServiceRequest { TrackingCode = "SR-1", Title = "Leak", Category = "general", OrgUnitId = "g1", OrgPath = "/d1/s1/c1/g1/", SubmittedAt = now });
            db.Add(new ServiceRequest { TrackingCode = "SR-2", Title = "Lamp", Category = "general", OrgUnitId = "s1", OrgPath = "/d1/s1/", SubmittedAt = now });
            db.Add(new Whistle { Title = "Blocked lane", OrgUnitId = "c1", OrgPath = "/d1/s1/c1/", RaisedAt = now });
            db.Add(new Pledge { MemberId = "m", BranchId = "c1", OrgPath = "/d1/s1/c1/", Title = "Fix lamps", Target = "3 lamps" });
            return await db.SaveChangesAsync();
        });

        var data = await server.DataAsync("""mutation { moveOrgUnit(id: "c1", parentId: "s2") { path parent { id } children { path depth } } }""");

        Assert.Equal("/d1/s2/c1/", (string)data["moveOrgUnit"]!["path"]!);
        Assert.Equal(["/d1/s2/c1/g1/", "/d1/s2/c1/g2/"], data["moveOrgUnit"]!["children"]!.AsArray().Select(c => (string)c!["path"]!));
        var paths = await server.QueryAsync(async db => new
        {
            Requests = await db.Set<ServiceRequest>().OrderBy(r => r.TrackingCode).Select(r => r.OrgPath).ToListAsync(),
            Whistle = await db.Set<Whistle>().Select(w => w.OrgPath).SingleAsync(),
            Pledge = await db.Set<Pledge>().Select(p => p.OrgPath).SingleAsync(),
        });
        Assert.Equal(["/d1/s2/c1/g1/", "/d1/s1/"], paths.Requests);
        Assert.Equal("/d1/s2/c1/", paths.Whistle);
        Assert.Equal("/d1/s2/c1/", paths.Pledge);
    }

    [Fact]
    public async Task Should_refuse_to_move_a_unit_under_its_own_descendant_or_a_wrong_kind()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var cycle = await OrgTree.ErrorAsync(server, """mutation { moveOrgUnit(id: "s1", parentId: "g1") { id } }""");
        var nesting = await OrgTree.ErrorAsync(server, """mutation { moveOrgUnit(id: "g1", parentId: "s2") { id } }""");

        Assert.Contains("inside", (string)cycle["message"]!);
        Assert.Equal("BAD_USER_INPUT", (string)nesting["extensions"]!["code"]!);
        var path = await server.QueryAsync(db => db.Set<OrgUnit>().Where(u => u.Id == "g1").Select(u => u.Path).SingleAsync());
        Assert.Equal("/d1/s1/c1/g1/", path);
    }

    [Fact]
    public async Task Should_delete_only_an_empty_unit()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var busy = await OrgTree.ErrorAsync(server, """mutation { deleteOrgUnit(id: "c1") }""");
        var data = await server.DataAsync("""mutation { deleteOrgUnit(id: "g2") }""");

        Assert.Contains("child units", busy["extensions"]!["errors"]![0]!["message"]!.ToString());
        Assert.Equal("g2", (string)data["deleteOrgUnit"]!);
        Assert.False(await server.QueryAsync(db => db.Set<OrgUnit>().AnyAsync(u => u.Id == "g2")));
    }
}
