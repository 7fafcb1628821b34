using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.PersonalData;

/// <summary>
/// The classic leak: a resident complains about a neighbour and asks not to be disclosed. The grid worker who signs for it
/// sees who complained (and the audit log says so); the case goes on to the water department, whose people, a grid worker
/// of another grid and an anonymous caller cannot get the reporter's phone by any query, error, subscription, export or
/// introspection.
/// </summary>
public sealed class DoNotDiscloseLeakStoryTests : IAsyncLifetime
{
    private const string Fields = "id handlingUnitId reporter { name phone address doNotDisclose visibility withheldReason }";
    private readonly AuthServer _server = new();
    private Grid _grid = null!;

    public async Task InitializeAsync()
    {
        _grid = new Grid(_server);
        await _grid.SeedAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonObject> TaskAsync(string token, string instanceId, string activityId)
    {
        var result = await _server.GraphQLAsync("query($i: UUID!) { myTasks(where: { instanceId: { eq: $i } }) { nodes { id activityId } } }", new { i = instanceId }, token);
        return Assert.Single(result["data"]!["myTasks"]!["nodes"]!.AsArray(), t => t!["activityId"]!.GetValue<string>() == activityId)!.AsObject();
    }

    private async Task DataAsync(string query, object variables, string token)
    {
        var result = await _server.GraphQLAsync(query, variables, token);
        Assert.True(result["errors"] is null, result.ToJsonString());
    }

    [Fact]
    public async Task Should_keep_a_do_not_disclose_reporters_phone_from_the_department_another_grid_and_anonymous_callers_and_audit_the_assignee()
    {
        var workerG1 = await _grid.StaffAsync("worker-g1", "grid-worker@g1");
        var workerG2 = await _grid.StaffAsync("worker-g2", "grid-worker@g2");
        var dispatcher = await _grid.StaffAsync("dispatcher-c1", "dispatcher@c1");
        var contact = await _grid.StaffAsync("contact-water", "department-contact@water");
        var departmentWorker = await _grid.StaffAsync("worker-water", "grid-worker@water");
        var auditor = await _grid.StaffAsync("auditor-d1", "auditor@d1");

        // The complaint, and the grid worker who signs for it: they may see who complained.
        var complaint = await _grid.SubmitAsync("g1", doNotDisclose: true, title: "Neighbour's renovation blocks the stairwell");
        var signFor = await TaskAsync(workerG1, complaint.InstanceId, "signFor");
        await DataAsync("mutation($t: UUID!) { claimTask(taskId: $t, claimant: \"worker-g1\") { id } }", new { t = signFor["id"]!.GetValue<string>() }, workerG1);
        var assigneeView = await _server.GraphQLAsync($"query($id: UUID!) {{ serviceRequest(id: $id) {{ {Fields} }} }}", new { id = complaint.Id }, workerG1);
        Assert.Equal(("FULL", Grid.ReporterPhone), (assigneeView["data"]!["serviceRequest"]!["reporter"]!["visibility"]!.GetValue<string>(),
            assigneeView["data"]!["serviceRequest"]!["reporter"]!["phone"]!.GetValue<string>()));

        // It is the water department's matter: returned, and dispatched there.
        await DataAsync("mutation($t: UUID!) { completeTask(taskId: $t, outcome: \"Returned\", data: { returnReason: \"A water main: the department's\" }) { outcome } }",
            new { t = signFor["id"]!.GetValue<string>() }, workerG1);
        var dispatch = await TaskAsync(dispatcher, complaint.InstanceId, "dispatch");
        await DataAsync("mutation($t: UUID!) { completeTask(taskId: $t, outcome: \"Dispatched\", data: { handlingUnitId: \"water\" }) { outcome } }",
            new { t = dispatch["id"]!.GetValue<string>() }, dispatcher);
        Assert.Equal("water", await _server.QueryAsync(db => db.Set<Governance.ServiceRequests.ServiceRequest>().Where(r => r.Id == Guid.Parse(complaint.Id)).Select(r => r.HandlingUnitId).SingleAsync()));

        // The department sees the ticket, and nobody behind it.
        foreach (var token in new[] { contact, departmentWorker })
        {
            var listed = await _server.GraphQLAsync($"{{ serviceRequests {{ nodes {{ {Fields} }} }} }}", bearer: token);
            var reporter = Assert.Single(listed["data"]!["serviceRequests"]!["nodes"]!.AsArray())!["reporter"]!;
            Assert.Equal("""{"name":null,"phone":null,"address":null,"doNotDisclose":true,"visibility":"WITHHELD","withheldReason":"The reporter asked not to be disclosed."}""",
                reporter.ToJsonString());
        }

        var attempts = new List<(string Who, string Answer)>();
        async Task TryAllAsync(string who, string? token)
        {
            var variables = new { id = complaint.Id, code = complaint.TrackingCode };
            attempts.Add((who, await _grid.RawAsync($"query($id: UUID!) {{ serviceRequest(id: $id) {{ {Fields} }} }}", variables, token)));
            attempts.Add((who, await _grid.RawAsync($"query($code: String!) {{ serviceRequestByTrackingCode(code: $code) {{ {Fields} }} }}", variables, token)));
            attempts.Add((who, await _grid.RawAsync($"{{ serviceRequests(first: 50) {{ totalCount nodes {{ {Fields} }} }} }}", null, token)));
            attempts.Add((who, await _grid.RawAsync("{ serviceRequests(where: { reporterPhone: { contains: \"138\" } }) { totalCount } }", null, token)));
            attempts.Add((who, await _grid.RawAsync("{ serviceRequests(order: [{ reporterPhone: ASC }]) { totalCount } }", null, token)));
            attempts.Add((who, await _grid.RawAsync("mutation { exportServiceRequests(format: CSV) { content } }", null, token)));
            attempts.Add((who, await _grid.RawAsync("mutation { exportServiceRequests(format: JSON) { content } }", null, token)));
            attempts.Add((who, await _grid.RawAsync("mutation($code: String!) { rateServiceRequest(trackingCode: $code, phone: \"13900000000\", resolved: true, satisfaction: SATISFIED) { outcome } }", variables, token)));
            attempts.Add((who, await _grid.RawAsync("{ __type(name: \"ServiceRequest\") { fields { name } } reporter: __type(name: \"Reporter\") { fields { name description } } }", null, token)));
            attempts.Add((who, await _grid.RawAsync("{ auditLog { nodes { entityId fields reason } } }", null, token)));
            attempts.Add((who, await _grid.SubscribeAsync($"subscription($id: UUID!) {{ serviceRequestUpdated(id: $id) {{ {Fields} }} }}", variables, token, TimeSpan.FromSeconds(5))));
        }
        await TryAllAsync("the department contact", contact);
        await TryAllAsync("the department's worker", departmentWorker);
        await TryAllAsync("the grid worker of another grid", workerG2);
        await TryAllAsync("an anonymous caller", null);

        foreach (var (who, answer) in attempts)
        {
            Assert.False(answer.Contains(Grid.ReporterPhone) || answer.Contains("5678") || answer.Contains(Grid.ReporterName) || answer.Contains(Grid.ReporterAddress),
                $"{who} got the reporter: {answer}");
        }
        // The other grid's worker is not told the request exists; the anonymous caller is asked to sign in.
        Assert.Contains("""{"data":{"serviceRequest":null}}""", attempts.Where(a => a.Who == "the grid worker of another grid").Select(a => a.Answer));
        Assert.Contains(attempts, a => a.Who == "an anonymous caller" && a.Answer.Contains("AUTH_NOT_AUTHENTICATED") && a.Answer.Contains("serviceRequest"));
        Assert.Contains(attempts, a => a.Who == "the department contact" && a.Answer.Contains("\"visibility\":\"WITHHELD\"") && a.Answer.StartsWith("event: next"));

        // The audit log has the assignee's look, and only that.
        var log = await _server.GraphQLAsync("query($id: String!) { auditLog(where: { entityId: { eq: $id } }) { nodes { action actorPersonId reason fields } } }",
            new { id = complaint.Id }, auditor);
        Assert.Equal("""[{"action":"READ_PERSONAL_DATA","actorPersonId":"worker-g1","reason":"assignee","fields":"reporter.name,reporter.phone,reporter.address"}]""",
            log["data"]!["auditLog"]!["nodes"]!.ToJsonString());
    }
}
