using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.Governance.Tests.OrgUnits;
using WorkflowHub.Governance.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowHub.Governance.Tests.People;

public sealed class PeopleTests
{
    private const string People = """
        id,name,phone,orgUnitId,roles,partyMember,branchId
        li,Li Wei,13800000001,g1,grid-worker; grid-head,true,c1
        zhao,Zhao Min,13800000002,g2,grid-worker,false,
        chen,Chen Jie,,c1,community-admin;street-officer@s1,yes,c1
        zhou,Zhou Lan,,s2,,no,
        """;

    private static async Task<GovernanceServer> ServerWithPeopleAsync()
    {
        var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);
        var data = await server.DataAsync("mutation($c: String!) { importPeople(format: CSV, content: $c) { created } }", new { c = People });
        Assert.Equal(4, (int)data["importPeople"]!["created"]!);
        return server;
    }

    [Fact]
    public async Task Should_list_people_by_role_subtree_and_party_membership()
    {
        await using var server = await ServerWithPeopleAsync();

        var data = await server.DataAsync("""
            {
              workers: people(role: "grid-worker", order: [{ id: ASC }]) { nodes { id } }
              inC1: people(orgUnitSubtree: "c1", order: [{ id: ASC }]) { totalCount nodes { id } }
              headsInS1: people(role: "grid-head", orgUnitSubtree: "s1") { nodes { id roles { role } } }
              members: people(where: { partyMember: { eq: true } }, order: [{ name: ASC }]) { nodes { name branch { id } } }
              officersInS2: people(role: "street-officer", orgUnitSubtree: "s2") { totalCount }
            }
            """);

        Assert.Equal(["li", "zhao"], data["workers"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Equal(["chen", "li", "zhao"], data["inC1"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Equal("li", (string)data["headsInS1"]!["nodes"]![0]!["id"]!);
        Assert.Equal(["Chen Jie", "Li Wei"], data["members"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!));
        Assert.Equal("c1", (string)data["members"]!["nodes"]![0]!["branch"]!["id"]!);
        Assert.Equal(0, (int)data["officersInS2"]!["totalCount"]!);
    }

    [Fact]
    public async Task Should_assign_and_remove_roles_and_refuse_unknown_ones()
    {
        await using var server = await ServerWithPeopleAsync();

        await server.DataAsync("""mutation { assignRole(personId: "zhou", role: "building-head", orgUnitId: "g2") { id } }""");
        var twice = await server.DataAsync("""mutation { assignRole(personId: "zhou", role: "building-head", orgUnitId: "g2") { role } }""");
        var removed = await server.DataAsync("""mutation { removeRole(personId: "li", role: "grid-head", orgUnitId: "g1") }""");
        var unknown = await OrgTree.ErrorAsync(server, """mutation { assignRole(personId: "zhou", role: "king", orgUnitId: "nowhere") { id } }""");
        var nobody = await OrgTree.ErrorAsync(server, """mutation { assignRole(personId: "nobody", role: "grid-head", orgUnitId: "g1") { id } }""");

        Assert.Equal("building-head", (string)twice["assignRole"]!["role"]!);
        Assert.True((bool)removed["removeRole"]!);
        Assert.Equal(["orgUnitId", "role"], OrgTree.Paths(unknown).Order());
        Assert.Equal("NOT_FOUND", (string)nobody["extensions"]!["code"]!);
        var roles = await server.QueryAsync(db => db.Set<RoleAssignment>().Where(r => r.PersonId == "zhou" || r.PersonId == "li").Select(r => r.PersonId + ":" + r.Role).OrderBy(r => r).ToListAsync());
        Assert.Equal(["li:grid-worker", "zhou:building-head"], roles);
    }

    [Fact]
    public async Task Should_create_a_person_and_refuse_a_branch_for_a_non_member()
    {
        await using var server = await ServerWithPeopleAsync();

        var data = await server.DataAsync("""mutation { createPerson(input: { name: "Sun Li", phone: "139", orgUnitId: "g1" }) { id name orgUnit { id } } }""");
        var error = await OrgTree.ErrorAsync(server, """mutation { createPerson(input: { name: "Ma", branchId: "c1" }) { id } }""");

        Assert.StartsWith("p-", (string)data["createPerson"]!["id"]!);
        Assert.Equal("g1", (string)data["createPerson"]!["orgUnit"]!["id"]!);
        Assert.Equal(["branchId"], OrgTree.Paths(error));
    }

    [Fact]
    public async Task Should_make_a_re_import_leave_each_person_with_exactly_the_roles_listed()
    {
        await using var server = await ServerWithPeopleAsync();

        var data = await server.DataAsync("mutation($c: String!) { importPeople(format: JSON, content: $c) { created updated unchanged } }", new
        {
            c = """[ { "id": "li", "name": "Li Wei", "phone": "13800000001", "orgUnitId": "g1", "roles": ["grid-head"], "partyMember": true, "branchId": "c1" } ]""",
        });

        Assert.Equal(1, (int)data["importPeople"]!["updated"]!);
        Assert.Equal(["grid-head"], await server.QueryAsync(db => db.Set<RoleAssignment>().Where(r => r.PersonId == "li").Select(r => r.Role).ToListAsync()));
    }

    [Fact]
    public async Task Should_reject_a_people_file_with_unknown_units_and_roles_by_line()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var error = await OrgTree.ErrorAsync(server, "mutation($c: String!) { importPeople(format: CSV, content: $c) { created } }", new
        {
            c = "id,name,orgUnitId,roles,partyMember\nok,Fine,g1,grid-worker,no\nbad,Bad,g9,wizard,maybe\n",
        });

        Assert.Equal(["line 3.orgUnitId", "line 3.partyMember", "line 3.roles"], OrgTree.Paths(error).Order());
        // Nobody from the file: the only person is the first admin the server creates at start.
        Assert.Equal(0, await server.QueryAsync(db => db.Set<Person>().CountAsync(p => p.Id != GovernanceServer.Admin && p.Id != GovernanceServer.Operator)));
    }

    [Fact]
    public async Task Should_find_holders_ancestors_and_the_unit_one_level_up_and_resolve_notify_recipients()
    {
        await using var server = await ServerWithPeopleAsync();
        var directory = server.Services.GetRequiredService<OrgDirectory>();
        var recipients = server.Services.GetRequiredService<IRecipientResolver>();

        var heads = await directory.HoldersAsync("grid-head", "g1");
        var ancestors = await directory.AncestorsNearestFirstAsync("g1");
        var parent = await directory.ParentAsync("g1");
        var byRole = await recipients.ResolveAsync("role:grid-worker@g2", default);
        var upOne = await recipients.ResolveAsync("orgUnit:parent:g1", default);
        var other = await recipients.ResolveAsync("someone@example.org", default);

        Assert.Equal(["li"], heads.Select(p => p.Id));
        Assert.Equal(["c1", "s1", "d1"], ancestors.Select(a => a.Id));
        Assert.Equal("c1", parent!.Id);
        Assert.Equal(["zhao"], byRole!);
        Assert.Equal(["chen"], upOne!);
        Assert.Null(other);
    }
}
