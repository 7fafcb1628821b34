using System.Text.Json.Nodes;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Authorization;

/// <summary>Lists and single reads narrowed in SQL to the units a caller holds roles at, with other units' rows in the same tables.</summary>
public sealed class ScopedListsTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();
    private Grid _grid = null!;
    private readonly List<Grid.Submitted> _g1 = [], _g2 = [], _g3 = [];
    private Grid.Submitted _water = null!;

    public async Task InitializeAsync()
    {
        _grid = new Grid(_server);
        await _grid.SeedAsync();
        for (var i = 0; i < 3; i++) _g1.Add(await _grid.SubmitAsync("g1", title: "g1 request " + i));
        for (var i = 0; i < 2; i++) _g2.Add(await _grid.SubmitAsync("g2", title: "g2 request " + i));
        _g3.Add(await _grid.SubmitAsync("g3", title: "g3 request"));
        _water = await _grid.SubmitAsync("water", title: "Burst main");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<(long Total, List<string> Units)> RequestsAsync(string token)
    {
        var result = await _server.GraphQLAsync("{ serviceRequests(first: 50) { totalCount nodes { handlingUnitId } } }", bearer: token);
        Assert.True(result["errors"] is null, result.ToJsonString());
        var page = result["data"]!["serviceRequests"]!;
        return (page["totalCount"]!.GetValue<long>(), page["nodes"]!.AsArray().Select(n => n!["handlingUnitId"]!.GetValue<string>()).ToList());
    }

    [Fact]
    public async Task Should_count_and_list_only_the_grid_workers_own_grid_while_other_grids_rows_are_stored()
    {
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");

        var (total, units) = await RequestsAsync(worker);

        Assert.Equal(7, await _server.QueryAsync(db => Task.FromResult(db.Set<Governance.ServiceRequests.ServiceRequest>().Count())));
        Assert.Equal(3, total);
        Assert.All(units, u => Assert.Equal("g1", u));
    }

    [Fact]
    public async Task Should_give_a_street_officer_the_street_subtree_a_department_contact_its_tickets_and_an_auditor_the_district()
    {
        var officer = await _grid.StaffAsync("officer-s1", "street-officer@s1");
        var contact = await _grid.StaffAsync("contact-water", "department-contact@water");
        var auditor = await _grid.StaffAsync("auditor-d1", "auditor@d1");

        Assert.Equal(5, (await RequestsAsync(officer)).Total);
        Assert.Equal(["water"], (await RequestsAsync(contact)).Units);
        Assert.Equal(7, (await RequestsAsync(auditor)).Total);
    }

    [Fact]
    public async Task Should_answer_null_for_a_single_request_out_of_scope_by_id_or_tracking_code()
    {
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");
        const string query = "query($id: UUID!, $code: String!) { byId: serviceRequest(id: $id) { id } byCode: serviceRequestByTrackingCode(code: $code) { id } }";

        var other = await _server.GraphQLAsync(query, new { id = _g2[0].Id, code = _g2[0].TrackingCode }, worker);
        var own = await _server.GraphQLAsync(query, new { id = _g1[0].Id, code = _g1[0].TrackingCode }, worker);
        var unknown = await _server.GraphQLAsync(query, new { id = Guid.NewGuid(), code = "SR-00000000-NONE" }, worker);

        Assert.Equal("""{"data":{"byId":null,"byCode":null}}""", other.ToJsonString());
        Assert.Equal(unknown.ToJsonString(), other.ToJsonString());
        Assert.Equal(_g1[0].Id, own["data"]!["byId"]!["id"]!.GetValue<string>());
        Assert.Equal(_g1[0].Id, own["data"]!["byCode"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_refuse_metrics_of_a_unit_outside_the_callers_units()
    {
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");
        const string query = "query($unit: ID!) { metrics(orgUnitId: $unit, from: \"2020-01-01T00:00:00Z\", to: \"2030-01-01T00:00:00Z\") { received } }";

        var own = await _server.GraphQLAsync(query, new { unit = "g1" }, worker);
        var other = await _server.GraphQLAsync(query, new { unit = "g2" }, worker);
        var above = await _server.GraphQLAsync(query, new { unit = "c1" }, worker);

        Assert.Equal(3, own["data"]!["metrics"]!["received"]!.GetValue<long>());
        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(other));
        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(above));
    }

    [Fact]
    public async Task Should_show_a_street_officer_only_the_workflow_instances_and_tasks_of_the_street()
    {
        var officer = await _grid.StaffAsync("officer-s1", "street-officer@s1");

        var result = await _server.GraphQLAsync("{ workflowInstances(first: 50) { totalCount } tasks(first: 50) { totalCount nodes { orgUnitId } } }", bearer: officer);

        Assert.True(result["errors"] is null, result.ToJsonString());
        Assert.Equal(5, result["data"]!["workflowInstances"]!["totalCount"]!.GetValue<long>());
        var taskUnits = result["data"]!["tasks"]!["nodes"]!.AsArray().Select(n => n!["orgUnitId"]!.GetValue<string>()).ToList();
        Assert.Equal(5, taskUnits.Count);
        Assert.All(taskUnits, u => Assert.Contains(u, new[] { "g1", "g2" }));
    }

    [Fact]
    public async Task Should_refuse_a_subscription_to_a_request_or_unit_out_of_scope()
    {
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");

        var request = await _grid.SubscribeAsync("subscription($id: UUID!) { serviceRequestUpdated(id: $id) { id } }", new { id = _g2[0].Id }, worker, TimeSpan.FromSeconds(5));
        var tasks = await _grid.SubscribeAsync("subscription { taskAssigned(orgUnitId: \"g2\") { id } }", null, worker, TimeSpan.FromSeconds(5));

        Assert.Contains("AUTH_NOT_AUTHORIZED", request);
        Assert.Contains("AUTH_NOT_AUTHORIZED", tasks);
    }
}
