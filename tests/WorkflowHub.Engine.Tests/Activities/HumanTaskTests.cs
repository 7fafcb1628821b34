using System.Text.Json.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Activities;

public sealed class HumanTaskTests
{
    private static string SignFor(bool interrupts = true) => Defs.Flow("sign-for", $$"""
        { "id": "sign", "type": "HumanTask", "properties": {
            "title": "Sign for the request", "assigneeRole": "grid-worker", "orgUnit": "=variables.unit",
            "formFields": [ { "name": "note", "label": "Note", "type": "text", "required": true } ],
            "outcomes": ["SignedFor", "Returned"], "deadline": "PT2H", "deadlineInterrupts": {{(interrupts ? "true" : "false")}},
            "reminder": "PT1H", "resultVariable": "signForm" } },
        { "id": "signed", "type": "SetStatus", "properties": { "status": "signed" } },
        { "id": "returned", "type": "SetStatus", "properties": { "status": "returned" } },
        { "id": "late", "type": "SetStatus", "properties": { "status": "escalated" } }
        """, """
        [ { "from": "start", "to": "sign" }, { "from": "sign", "outcome": "SignedFor", "to": "signed" },
          { "from": "sign", "outcome": "Returned", "to": "returned" }, { "from": "sign", "outcome": "Overdue", "to": "late" } ]
        """, variables: """[ { "name": "unit", "type": "string", "default": "grid-7" } ]""");

    [Fact]
    public async Task Should_create_a_task_for_the_role_and_org_unit_and_follow_the_chosen_outcome()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(SignFor());
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("sign-for"))).InstanceId;

        var task = Assert.Single(await engine.OpenTasksAsync(id));
        Assert.Equal(("grid-worker", "grid-7", "Sign for the request"), (task.AssigneeRole, task.OrgUnitId, task.Title));
        Assert.Equal(engine.Clock.GetUtcNow().AddHours(2), task.DueAt);

        await engine.CompleteAsync(id, "sign", "SignedFor", new JsonObject { ["note"] = "on my way" }, actor: "worker-1");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(("signed", InstanceStatus.Completed), (instance.BusinessStatus, instance.Status));
        Assert.Equal("on my way", (await engine.VariablesAsync(id))["signForm"]!["note"]!.GetValue<string>());
        var done = await engine.QueryAsync(db => Task.FromResult(db.Tasks.Single(t => t.Id == task.Id)));
        Assert.Equal((TaskItemStatus.Completed, "SignedFor", "worker-1"), (done.Status, done.Outcome, done.CompletedBy));
        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromDays(1))); // the deadline and reminder were cancelled with it
    }

    [Fact]
    public async Task Should_reject_an_unknown_outcome_or_a_missing_required_field_and_change_nothing()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(SignFor());
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("sign-for"))).InstanceId;
        var task = Assert.Single(await engine.OpenTasksAsync(id));

        var wrong = await Assert.ThrowsAsync<TaskCompletionException>(() => engine.Runtime.CompleteTaskAsync(task.Id, "Teleported", new JsonObject { ["note"] = "x" }));
        Assert.Contains(wrong.Errors, e => e.Path == "$.outcome" && e.Message.Contains("SignedFor"));
        var missing = await Assert.ThrowsAsync<TaskCompletionException>(() => engine.Runtime.CompleteTaskAsync(task.Id, "SignedFor", new JsonObject()));
        Assert.Contains(missing.Errors, e => e.Path == "$.data.note");

        Assert.Single(await engine.OpenTasksAsync(id));
        Assert.Equal(InstanceStatus.Running, (await engine.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task Should_follow_the_deadline_outcome_and_cancel_the_task_when_the_deadline_passes()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(SignFor());
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("sign-for"))).InstanceId;

        await engine.AdvanceAsync(TimeSpan.FromHours(1));
        var reminder = await engine.QueryAsync(db => Task.FromResult(db.Outbox.Single(o => o.InstanceId == id)));
        Assert.Equal("grid-worker@grid-7", reminder.Recipient);
        Assert.Single(await engine.OpenTasksAsync(id)); // a reminder leaves the task open

        await engine.AdvanceAsync(TimeSpan.FromHours(1));
        var instance = await engine.InstanceAsync(id);
        Assert.Equal(("escalated", InstanceStatus.Completed), (instance.BusinessStatus, instance.Status));
        Assert.Empty(await engine.OpenTasksAsync(id));
    }

    [Fact]
    public async Task Should_keep_the_task_open_beside_the_deadline_path_when_not_interrupting()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(SignFor(interrupts: false));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("sign-for"))).InstanceId;

        await engine.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal("escalated", (await engine.InstanceAsync(id)).BusinessStatus);
        Assert.Single(await engine.OpenTasksAsync(id));

        await engine.CompleteAsync(id, "sign", "SignedFor", new JsonObject { ["note"] = "late but done" });
        Assert.Equal(("signed", InstanceStatus.Completed), ((await engine.InstanceAsync(id)).BusinessStatus, (await engine.InstanceAsync(id)).Status));
    }

    [Fact]
    public async Task Should_let_only_the_claimer_complete_a_claimed_task()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(SignFor());
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("sign-for"))).InstanceId;
        var task = Assert.Single(await engine.OpenTasksAsync(id));

        await engine.Runtime.ClaimTaskAsync(task.Id, "worker-1");
        await Assert.ThrowsAsync<TaskCompletionException>(() => engine.Runtime.ClaimTaskAsync(task.Id, "worker-2"));
        await Assert.ThrowsAsync<TaskCompletionException>(() => engine.Runtime.CompleteTaskAsync(task.Id, "Returned", new JsonObject { ["note"] = "x" }, "worker-2"));

        await engine.Runtime.CompleteTaskAsync(task.Id, "Returned", new JsonObject { ["note"] = "wrong grid" }, "worker-1");
        Assert.Equal("returned", (await engine.InstanceAsync(id)).BusinessStatus);
    }
}
