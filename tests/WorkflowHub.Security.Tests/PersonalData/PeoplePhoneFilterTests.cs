using System.Text.Json.Nodes;
using WorkflowHub.Governance.People;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.PersonalData;

/// <summary>
/// Person.phone is for the staff who manage people. A grid worker who may list people must not get a colleague's or a
/// party member's phone by filtering or sorting on it (<c>startsWith: "1391"</c>, then "13912", … reads it digit by digit).
/// </summary>
public sealed class PeoplePhoneFilterTests : IAsyncLifetime
{
    private const string HiddenPhone = "13912345678";
    private readonly AuthServer _server = new();
    private Grid _grid = null!;

    public async Task InitializeAsync()
    {
        _grid = new Grid(_server);
        await _grid.SeedAsync();
        await _server.QueryAsync(async db =>
        {
            db.Add(new Person { Id = "member-1", Name = "李四", Phone = HiddenPhone, OrgUnitId = "g1", PartyMember = true, CreatedAt = _server.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("{ people(where: { phone: { startsWith: \"1391\" } }) { totalCount } }", "where.phone")]
    [InlineData("{ people(where: { or: [{ name: { eq: \"x\" } }, { phone: { eq: \"13912345678\" } }] }) { totalCount } }", "where.or[1].phone")]
    [InlineData("{ people(order: [{ phone: ASC }]) { nodes { id } } }", "order[0].phone")]
    public async Task Should_refuse_a_grid_worker_a_filter_or_order_on_phone(string query, string argument)
    {
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");

        var result = await _server.GraphQLAsync(query, bearer: worker);

        Assert.Null(result["data"]!["people"]);
        var error = result["errors"]![0]!;
        Assert.Equal("AUTH_NOT_AUTHORIZED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(argument, error["extensions"]!["argument"]!.GetValue<string>());
        Assert.DoesNotContain(HiddenPhone, result.ToJsonString());
    }

    [Fact]
    public async Task Should_still_let_a_grid_worker_list_people_by_name_and_an_officer_find_one_by_phone()
    {
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");
        var officer = await _grid.StaffAsync("officer-s1", "street-officer@s1");

        var byName = await _server.GraphQLAsync("{ people(where: { name: { eq: \"李四\" } }) { nodes { id } } }", bearer: worker);
        var byPhone = await _server.GraphQLAsync("{ people(where: { phone: { startsWith: \"1391\" } }) { nodes { id phone } } }", bearer: officer);

        Assert.Equal("member-1", Assert.Single(byName["data"]!["people"]!["nodes"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.True(byPhone["errors"] is null, byPhone.ToJsonString());
        Assert.Equal(HiddenPhone, Assert.Single(byPhone["data"]!["people"]!["nodes"]!.AsArray())!["phone"]!.GetValue<string>());
    }
}
