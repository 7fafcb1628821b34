using System.Text.Json.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Scheduling;
using WorkflowHub.Scheduling.Calendars;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Governance.Tests.ServiceRequests;

/// <summary>
/// The built-in service-request definition on the bare engine with the governance activities, started by hand
/// (no request row): the flow itself, with a fake clock. The stories over GraphQL are in ServiceRequestStoriesTests.
/// </summary>
public sealed class ServiceRequestWorkflowTests
{
    internal static Task<EngineFixture> EngineAsync() => EngineFixture.CreateAsync(s => s
        .AddGovernance()
        .AddWorkingTimeCalendars(new CalendarConfiguration { Calendars = { ["default"] = new CalendarDefinition() } }));

    private static async Task<(EngineFixture Engine, Guid Id)> SubmitAsync(string category)
    {
        var engine = await EngineAsync();
        foreach (var file in new[] { "escalation.json", "pledge-review.json", "service-request.json" })
            await engine.Definitions.SaveAndPublishAsync(TestSupport.Workflows.Read(file));
        // The grid the dispatcher picks exists (a whistle needs a real unit), but nothing above it is known.
        await engine.QueryAsync(async db =>
        {
            var now = engine.Clock.GetUtcNow();
            db.Add(new Governance.OrgUnits.OrgUnit { Id = "grid-7", Kind = Governance.OrgUnits.OrgUnitKind.Grid, Name = "Grid 7", Path = "/grid-7/", CreatedAt = now, UpdatedAt = now });
            return await db.SaveChangesAsync();
        });
        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest("service-request", new JsonObject
        {
            ["title"] = "Water leaking in stairwell 3",
            ["category"] = category,
            ["channel"] = "Hotline",
            ["orgUnitId"] = "community-12",
        }, BusinessKey: "SR-20261102-0001"));
        // An org unit the directory does not know cannot be routed automatically: a dispatcher chooses.
        await engine.CompleteAsync(started.InstanceId, "dispatch", "Dispatched", new JsonObject { ["handlingUnitId"] = "grid-7" }, "dispatcher-1");
        return (engine, started.InstanceId);
    }

    [Fact]
    public async Task Should_validate_the_built_in_definition_with_the_governance_activities()
    {
        await using var engine = await EngineAsync();
        var result = engine.Loader.Load(TestSupport.Workflows.Read("service-request.json"));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Fact]
    public async Task Should_escalate_when_sign_for_deadline_passes()
    {
        var (engine, id) = await SubmitAsync("utilities");
        await using var _ = engine;
        Assert.Equal("dispatched", (await engine.InstanceAsync(id)).BusinessStatus);

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1)));
        await engine.AdvanceAsync(TimeSpan.FromMinutes(1));

        var path = (await engine.JournalAsync(id)).Where(j => j.Outcome is not null).Select(j => $"{j.ActivityId}:{j.Outcome}").ToList();
        // The deadline does not interrupt: the task stays open while the overdue path runs beside it.
        var fromDeadline = path.SkipWhile(p => p != "signFor:Overdue").ToList();
        Assert.Equal(["signFor:Overdue", "signForOverdue:Done", "notifyUpperUnit:Done", "startEscalation:Done"], fromDeadline);
        Assert.True((await engine.VariablesAsync(id))["overdue"]!.GetValue<bool>());

        var whistle = await engine.QueryAsync(db => Task.FromResult(db.Instances.Single(i => i.ParentInstanceId == id)));
        Assert.Equal(("escalation", InstanceStatus.Running), (whistle.DefinitionId, whistle.Status));
        var whistleInput = JsonNode.Parse(whistle.InputJson)!;
        Assert.Equal(("YELLOW", "GRID", "grid-7", true),
            (whistleInput["grade"]!.GetValue<string>(), whistleInput["level"]!.GetValue<string>(), whistleInput["orgUnitId"]!.GetValue<string>(), whistleInput["automatic"]!.GetValue<bool>()));
        var notice = await engine.QueryAsync(db => Task.FromResult(db.Outbox.Single(o => o.InstanceId == id && o.ActivityId == "notifyUpperUnit")));
        Assert.Equal("orgUnit:grid-7", notice.Recipient); // a unit with no parent is its own parent: nobody above it is known

        // The grid can still sign for it, and the deadline does not whistle a second time.
        Assert.Equal("signFor", Assert.Single(await engine.OpenTasksAsync(id)).ActivityId);
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
        await engine.CompleteAsync(id, "rate", "Satisfied", new JsonObject { ["resolved"] = true });

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
        await engine.CompleteAsync(id, "rate", "Dissatisfied", new JsonObject { ["resolved"] = false });

        Assert.Equal("handling", (await engine.InstanceAsync(id)).BusinessStatus);
        Assert.Equal("handle", Assert.Single(await engine.OpenTasksAsync(id)).ActivityId);
        Assert.Equal(1, (await engine.VariablesAsync(id))["redoCount"]!.GetValue<int>());
    }
}
