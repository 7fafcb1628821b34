using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.Tests.Support;

namespace WorkflowHub.Governance.Tests.OrgUnits;

public sealed class OrgUnitImportTests
{
    private const string Import = "mutation($f: ImportFormat!, $c: String!) { importOrgUnits(format: $f, content: $c) { created updated unchanged } }";

    [Fact]
    public async Task Should_import_children_before_their_parents_and_update_on_a_second_import()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var again = await server.DataAsync(Import, new { f = "CSV", c = OrgTree.Csv.Replace("Grid One", "Grid 1") });

        Assert.Equal(0, (int)again["importOrgUnits"]!["created"]!);
        Assert.Equal(1, (int)again["importOrgUnits"]!["updated"]!);
        Assert.Equal(5, (int)again["importOrgUnits"]!["unchanged"]!);
        var g1 = await server.QueryAsync(db => db.Set<OrgUnit>().SingleAsync(u => u.Id == "g1"));
        Assert.Equal(("Grid 1", "/d1/s1/c1/g1/", 39.91), (g1.Name, g1.Path, g1.Latitude!.Value));
    }

    [Fact]
    public async Task Should_import_json_with_a_new_branch_under_a_stored_unit()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var data = await server.DataAsync(Import, new
        {
            f = "JSON",
            c = """[ { "id": "b1", "parentId": "g3", "kind": "BUILDING", "name": "Block 1" }, { "id": "g3", "parentId": "c1", "kind": "Grid", "name": "Grid Three", "latitude": 39.9, "longitude": 116.4 } ]""",
        });

        Assert.Equal(2, (int)data["importOrgUnits"]!["created"]!);
        Assert.Equal("/d1/s1/c1/g3/b1/", await server.QueryAsync(db => db.Set<OrgUnit>().Where(u => u.Id == "b1").Select(u => u.Path).SingleAsync()));
    }

    [Fact]
    public async Task Should_reject_the_whole_file_and_report_every_bad_row_by_line()
    {
        await using var server = new GovernanceServer();
        const string csv = """
            id,parentId,kind,name,latitude,longitude
            d1,,District,District,,
            s1,d1,Street,Street One,north,
            x1,x2,Community,Loop A,,
            x2,x1,Community,Loop B,,
            g1,nowhere,Grid,Orphan,,
            g2,d1,Grid,Misplaced,,
            g2,c9,Grid,Twice,,
            c1,d1,Village,Odd kind,,
            """;

        var error = await OrgTree.ErrorAsync(server, Import, new { f = "CSV", c = csv });

        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
        var paths = OrgTree.Paths(error);
        Assert.Contains("line 3.latitude", paths);
        Assert.Contains("line 6.parentId", paths);
        Assert.Contains("line 7.kind", paths);
        Assert.Contains("line 8.id", paths);
        Assert.Contains("line 9.kind", paths);
        Assert.Contains(paths, p => p is "line 4.parentId" or "line 5.parentId");
        Assert.Contains("cycle", error["extensions"]!["errors"]!.ToJsonString());
        Assert.Equal(0, await server.QueryAsync(db => db.Set<OrgUnit>().CountAsync()));
    }

    [Fact]
    public async Task Should_report_a_bad_json_entry_by_its_json_path()
    {
        await using var server = new GovernanceServer();

        var error = await OrgTree.ErrorAsync(server, Import, new { f = "JSON", c = """[ { "id": "d1", "kind": "District", "name": "D" }, { "id": "s/1", "parentId": "d1", "kind": "Street" } ]""" });

        Assert.Equal(["$[1].id", "$[1].name"], OrgTree.Paths(error).Order());
    }

    [Fact]
    public async Task Should_refuse_a_re_import_that_would_move_a_unit()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var error = await OrgTree.ErrorAsync(server, Import, new { f = "CSV", c = "id,parentId,kind,name\nc1,s2,Community,Community One\n" });

        Assert.Equal(["line 2.parentId"], OrgTree.Paths(error));
    }
}
