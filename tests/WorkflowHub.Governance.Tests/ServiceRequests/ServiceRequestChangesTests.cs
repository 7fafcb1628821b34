using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;
using static WorkflowHub.Governance.Tests.Support.DemoTree;

namespace WorkflowHub.Governance.Tests.ServiceRequests;

/// <summary>The process changes without a code change, and deadlines act by themselves.</summary>
public sealed class ServiceRequestChangesTests : IAsyncLifetime
{
    private readonly GovernanceServer _server = new();
    private RequestDriver _app = null!;

    public async Task InitializeAsync()
    {
        await SeedAsync(_server);
        _app = new RequestDriver(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_run_new_requests_on_a_newly_published_version_while_a_running_one_finishes_on_its_own()
    {
        var running = (await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1)))["serviceRequest"]!.AsObject();
        var published = await _server.DataAsync("""
            mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { definitionId } publishWorkflow(definitionId: "service-request") { version } }
            """, new { d = WithSupervisorReview() }, person: GovernanceServer.Admin);
        Assert.Equal(2, published["publishWorkflow"]!["version"]!.GetValue<int>());
        var next = (await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1)))["serviceRequest"]!.AsObject();

        foreach (var request in new[] { running, next })
        {
            var instance = request["instanceId"]!.GetValue<string>();
            await _app.DoAsync(Worker1, instance, "signFor", "SignedFor");
            await _app.DoAsync(Worker1, instance, "contact", "Contacted", new { method = "phone" });
            await _app.DoAsync(Worker1, instance, "handle", "Resolved");
            await _app.DoAsync(Worker1, instance, "reportResult", "Reported", new { summary = "fixed" });
        }

        Assert.Equal(["rate"], await _app.OpenActivitiesAsync(running["instanceId"]!.GetValue<string>()));
        Assert.Equal(["supervisorReview"], await _app.OpenActivitiesAsync(next["instanceId"]!.GetValue<string>()));
        await _app.DoAsync(GridHead1, next["instanceId"]!.GetValue<string>(), "supervisorReview", "Approved");
        Assert.Equal(["rate"], await _app.OpenActivitiesAsync(next["instanceId"]!.GetValue<string>()));
        // Both started at the same instant of the manual clock: told apart by id, not by creation time.
        var versions = await _server.QueryAsync(db => db.Instances.AsNoTracking().Where(i => i.DefinitionId == "service-request")
            .ToDictionaryAsync(i => i.Id.ToString(), i => i.DefinitionVersion));
        Assert.Equal([1, 2], new[] { versions[running["instanceId"]!.GetValue<string>()], versions[next["instanceId"]!.GetValue<string>()] });
        Assert.Equal("RESOLVED", (await _app.ByCodeAsync(next["trackingCode"]!.GetValue<string>()))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_mark_the_request_overdue_and_start_an_escalation_when_nobody_signs_for_it()
    {
        var request = (await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1)))["serviceRequest"]!.AsObject();
        var instance = Guid.Parse(request["instanceId"]!.GetValue<string>());

        await _server.AdvanceAsync(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        var row = await _app.RowAsync(request["id"]!.GetValue<string>());
        Assert.True(row.Overdue);
        Assert.Equal(ServiceRequestStatus.Dispatched, row.Status);
        var escalation = await _server.QueryAsync(db => db.Instances.AsNoTracking().SingleAsync(i => i.ParentInstanceId == instance));
        var input = JsonNode.Parse(escalation.InputJson)!;
        Assert.Equal(("escalation", "YELLOW", "GRID", Grid1, row.Id.ToString(), true),
            (escalation.DefinitionId, input["grade"]!.GetValue<string>(), input["level"]!.GetValue<string>(), input["orgUnitId"]!.GetValue<string>(),
             input["serviceRequestId"]!.GetValue<string>(), input["automatic"]!.GetValue<bool>()));
        Assert.True((await _app.ByCodeAsync(row.TrackingCode))["overdue"]!.GetValue<bool>());
        Assert.Equal("signFor", (await _app.MyTaskAsync(Worker1, instance.ToString(), "signFor"))["activityId"]!.GetValue<string>());
    }

    /// <summary>The built-in definition with a grid head's review between the result report and "resolved", as an admin would edit it.</summary>
    private static JsonObject WithSupervisorReview()
    {
        var definition = JsonNode.Parse(TestSupport.Workflows.Read("service-request.json"))!.AsObject();
        definition["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "supervisorReview", ["type"] = "HumanTask", ["name"] = "网格长审核 Supervisor review",
            ["properties"] = new JsonObject
            {
                ["title"] = "='审核 Review: ' + variables.title", ["assigneeRole"] = "grid-head", ["orgUnit"] = "=variables.handlingUnitId",
                ["outcomes"] = new JsonArray("Approved", "Rejected"),
            },
        });
        var connections = definition["connections"]!.AsArray();
        var reported = connections.Single(c => c!["from"]!.GetValue<string>() == "reportResult" && c["outcome"]!.GetValue<string>() == "Reported")!;
        reported["to"] = "supervisorReview";
        connections.Add(new JsonObject { ["from"] = "supervisorReview", ["outcome"] = "Approved", ["to"] = "resolved" });
        connections.Add(new JsonObject { ["from"] = "supervisorReview", ["outcome"] = "Rejected", ["to"] = "handling" });
        return definition;
    }
}
