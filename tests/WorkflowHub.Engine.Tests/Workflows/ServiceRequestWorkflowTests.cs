using System.Text.Json.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Workflows;

public sealed class ServiceRequestWorkflowTests
{
    // The built-in escalation runs on the governance module's activities, which the bare engine does not have;
    // this stand-in receives the whistle the same way (a report-in task for the unit's department contacts).
    private const string StandInEscalation = """
        { "definitionId": "escalation", "name": "Escalation stand-in", "version": 1,
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "reportIn", "type": "HumanTask", "properties": { "title": "Report in", "assigneeRole": "department-contact", "orgUnit": "=variables.orgUnitId", "outcomes": ["ReportedIn"] } } ],
          "connections": [ { "from": "start", "outcome": "Done", "to": "reportIn" } ] }
        """;

    private static async Task<(EngineFixture Engine, Guid Id)> SubmitAsync(string category)
    {
        var engine = await EngineFixture.CreateAsync();
        await engine.Definitions.SaveAndPublishAsync(StandInEscalation);
        await engine.Definitions.SaveAndPublishAsync(TestSupport.Workflows.Read("service-request.json"));
        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest("service-request", new JsonObject
        {
            ["title"] = "Water leaking in stairwell 3",
            ["category"] = category,
            ["channel"] = "HOTLINE",
            ["orgUnitId"] = "community-12",
        }, BusinessKey: "SR-20261102-0001"));
        await engine.CompleteAsync(started.InstanceId, "dispatch", "Dispatched", new JsonObject { ["handlingUnitId"] = "grid-7" }, "dispatcher-1");
        return (engine, started.InstanceId);
    }

    [Fact]
    public async Task Should_escalate_when_sign_for_deadline_passes()
    {
        var (engine, id) = await SubmitAsync("utilities");
        await using var _ = engine;
        Assert.Equal("dispatched", (await engine.InstanceAsync(id)).BusinessStatus);

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1)));
        await engine.AdvanceAsync(TimeSpan.FromMinutes(1));

        var instance = await engine.InstanceAsync(id);
        Assert.Equal("escalated", instance.BusinessStatus);
        var path = (await engine.JournalAsync(id)).Where(j => j.Event == JournalEvents.Completed).Select(j => $"{j.ActivityId}:{j.Outcome}").ToList();
        var fromDeadline = path.SkipWhile(p => p != "signFor:Overdue").ToList();
        Assert.Equal(["signFor:Overdue", "setEscalated:Done", "notifyUpperUnit:Done", "checkEscalated:True", "startEscalation:Done", "markEscalated:Done"], fromDeadline);

        var whistle = await engine.QueryAsync(db => Task.FromResult(db.Instances.Single(i => i.ParentInstanceId == id)));
        Assert.Equal(("escalation", InstanceStatus.Running), (whistle.DefinitionId, whistle.Status));
        var whistleInput = JsonNode.Parse(whistle.InputJson)!;
        Assert.Equal(("YELLOW", "GRID"), (whistleInput["grade"]!.GetValue<string>(), whistleInput["level"]!.GetValue<string>()));
        Assert.Contains(await engine.OpenTasksAsync(whistle.Id), t => t.AssigneeRole == "department-contact");
        var notice = await engine.QueryAsync(db => Task.FromResult(db.Outbox.Single(o => o.InstanceId == id && o.ActivityId == "notifyUpperUnit")));
        Assert.Equal("orgUnit:parent:grid-7", notice.Recipient);

        // Sign-for is open again for the grid; a second miss notifies but does not whistle twice.
        var signFor = Assert.Single(await engine.OpenTasksAsync(id));
        Assert.Equal("signFor", signFor.ActivityId);
        await engine.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal(1, await engine.QueryAsync(db => Task.FromResult(db.Instances.Count(i => i.ParentInstanceId == id))));
    }

    [Fact]
    public async Task Should_close_a_request_the_resident_is_satisfied_with()
    {
        var (engine, id) = await SubmitAsync("general");
        await using var _ = engine;

        await engine.CompleteAsync(id, "signFor", "SignedFor");
        await engine.CompleteAsync(id, "contact", "Contacted", new JsonObject { ["method"] = "phone" });
        var handle = Assert.Single(await engine.OpenTasksAsync(id));
        Assert.Equal(engine.Clock.GetUtcNow().AddDays(7), handle.DueAt); // general: 7 days
        await engine.CompleteAsync(id, "handle", "Resolved");
        await engine.CompleteAsync(id, "reportResult", "Reported", new JsonObject { ["summary"] = "pipe replaced" });
        await engine.CompleteAsync(id, "callback", "Satisfied", new JsonObject { ["resolved"] = true });

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(("closed", InstanceStatus.Completed), (instance.BusinessStatus, instance.Status));
    }

    [Fact]
    public async Task Should_send_a_dissatisfied_request_back_for_redo()
    {
        var (engine, id) = await SubmitAsync("emergency");
        await using var _ = engine;
        await engine.CompleteAsync(id, "signFor", "SignedFor");
        await engine.CompleteAsync(id, "contact", "Contacted", new JsonObject { ["method"] = "visit" });
        Assert.Equal(engine.Clock.GetUtcNow().AddHours(2), Assert.Single(await engine.OpenTasksAsync(id)).DueAt); // emergency: 2 hours
        await engine.CompleteAsync(id, "handle", "Resolved");
        await engine.CompleteAsync(id, "reportResult", "Reported", new JsonObject { ["summary"] = "temporary fix" });
        await engine.CompleteAsync(id, "callback", "Dissatisfied", new JsonObject { ["resolved"] = false });

        Assert.Equal("handling", (await engine.InstanceAsync(id)).BusinessStatus);
        Assert.Equal("handle", Assert.Single(await engine.OpenTasksAsync(id)).ActivityId);
        Assert.Equal(1, (await engine.VariablesAsync(id))["redoCount"]!.GetValue<int>());
    }
}
