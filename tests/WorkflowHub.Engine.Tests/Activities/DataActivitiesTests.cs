using System.Text.Json.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Activities;

public sealed class DataActivitiesTests
{
    [Fact]
    public async Task Should_set_variables_status_and_write_an_outbox_row()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("data", """
            { "id": "set", "type": "SetVariable", "properties": { "variable": "greeting", "value": "='Hello ' + variables.name" } },
            { "id": "obj", "type": "SetVariable", "properties": { "variable": "info", "value": { "who": "=variables.name", "fixed": 3 } } },
            { "id": "status", "type": "SetStatus", "properties": { "status": "greeted", "note": "=variables.greeting" } },
            { "id": "tell", "type": "Notify", "properties": { "to": "role:grid-head@grid-1", "subject": "New", "message": "=variables.greeting", "channel": "sms" } }
            """, """
            [ { "from": "start", "to": "set" }, { "from": "set", "to": "obj" }, { "from": "obj", "to": "status" }, { "from": "status", "to": "tell" } ]
            """, inputs: """[ { "name": "name", "type": "string", "required": true } ]"""));

        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("data", new JsonObject { ["name"] = "Li Lei" }))).InstanceId;

        var variables = await engine.VariablesAsync(id);
        Assert.Equal("Hello Li Lei", variables["greeting"]!.GetValue<string>());
        Assert.Equal("""{"who":"Li Lei","fixed":3}""", variables["info"]!.ToJsonString());
        var instance = await engine.InstanceAsync(id);
        Assert.Equal(("greeted", "Hello Li Lei"), (instance.BusinessStatus, instance.BusinessStatusNote));
        var message = await engine.QueryAsync(db => Task.FromResult(db.Outbox.Single(o => o.InstanceId == id)));
        Assert.Equal(("sms", "role:grid-head@grid-1", "New", "Hello Li Lei"), (message.Channel, message.Recipient, message.Subject, message.Body));
    }

    [Fact]
    public async Task Should_run_a_script_that_changes_variables_and_chooses_an_outcome()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("script", """
            { "id": "raise", "type": "Script", "properties": { "outcomes": ["Raised", "Top"], "script":
              "var levels = ['GRID','COMMUNITY','STREET','DISTRICT']; var i = levels.indexOf(variables.level); if (i >= levels.length - 1) { setOutcome('Top'); } else { variables.level = levels[i + 1]; variables.at = new Date().toISOString(); setOutcome('Raised'); }" } },
            { "id": "raised", "type": "SetStatus", "properties": { "status": "raised" } },
            { "id": "top", "type": "SetStatus", "properties": { "status": "top" } }
            """, """
            [ { "from": "start", "to": "raise" }, { "from": "raise", "outcome": "Raised", "to": "raised" }, { "from": "raise", "outcome": "Top", "to": "top" } ]
            """, inputs: """[ { "name": "level", "type": "string" } ]"""));

        var street = (await engine.Runtime.StartAsync(new StartWorkflowRequest("script", new JsonObject { ["level"] = "STREET" }))).InstanceId;
        var district = (await engine.Runtime.StartAsync(new StartWorkflowRequest("script", new JsonObject { ["level"] = "DISTRICT" }))).InstanceId;

        var variables = await engine.VariablesAsync(street);
        Assert.Equal("DISTRICT", variables["level"]!.GetValue<string>());
        Assert.Equal(engine.Clock.GetUtcNow(), DateTimeOffset.Parse(variables["at"]!.GetValue<string>()));
        Assert.Equal("raised", (await engine.InstanceAsync(street)).BusinessStatus);
        Assert.Equal("top", (await engine.InstanceAsync(district)).BusinessStatus);
    }

    [Fact]
    public async Task Should_resume_only_the_instance_whose_correlation_key_matches_a_signal()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("signal", """
            { "id": "wait", "type": "WaitForSignal", "properties": { "signal": "resident-replied", "correlationKey": "=variables.code", "resultVariable": "reply" } }
            """, """[ { "from": "start", "to": "wait" } ]""", inputs: """[ { "name": "code", "type": "string" } ]"""));
        var a = (await engine.Runtime.StartAsync(new StartWorkflowRequest("signal", new JsonObject { ["code"] = "A-1" }))).InstanceId;
        var b = (await engine.Runtime.StartAsync(new StartWorkflowRequest("signal", new JsonObject { ["code"] = "B-2" }))).InstanceId;

        Assert.Equal(1, await engine.Runtime.SendSignalAsync("resident-replied", "B-2", new JsonObject { ["text"] = "fixed, thanks" }));

        Assert.Equal(InstanceStatus.Running, (await engine.InstanceAsync(a)).Status);
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(b)).Status);
        Assert.Equal("fixed, thanks", (await engine.VariablesAsync(b))["reply"]!["text"]!.GetValue<string>());
        Assert.Equal(0, await engine.Runtime.SendSignalAsync("resident-replied", "B-2"));
    }

    [Fact]
    public async Task Should_start_a_child_and_wait_for_it_to_complete()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("child", """
            { "id": "work", "type": "HumanTask", "properties": { "title": "Child work", "assigneeRole": "r", "outcomes": ["Done"] } },
            { "id": "set", "type": "SetVariable", "properties": { "variable": "answer", "value": "=variables.question * 2" } }
            """, """[ { "from": "start", "to": "work" }, { "from": "work", "to": "set" } ]""", inputs: """[ { "name": "question", "type": "number", "required": true } ]"""));
        await engine.PublishAsync(Defs.Flow("parent", """
            { "id": "call", "type": "StartWorkflow", "properties": { "definitionId": "child", "input": { "question": "=variables.q" }, "wait": true, "resultVariable": "child" } },
            { "id": "fire", "type": "StartWorkflow", "properties": { "definitionId": "child", "input": { "question": 1 } } },
            { "id": "done", "type": "SetStatus", "properties": { "status": "=String(variables.child.answer)" } }
            """, """[ { "from": "start", "to": "call" }, { "from": "call", "to": "fire" }, { "from": "fire", "to": "done" } ]""",
            variables: """[ { "name": "q", "type": "number", "default": 21 } ]"""));

        var parent = (await engine.Runtime.StartAsync(new StartWorkflowRequest("parent"))).InstanceId;
        var child = await engine.QueryAsync(db => Task.FromResult(db.Instances.Single(i => i.ParentInstanceId == parent)));
        Assert.Equal(InstanceStatus.Running, (await engine.InstanceAsync(parent)).Status);

        await engine.CompleteAsync(child.Id, "work", "Done");

        var done = await engine.InstanceAsync(parent);
        Assert.Equal(("42", InstanceStatus.Completed), (done.BusinessStatus, done.Status));
        var children = await engine.QueryAsync(db => Task.FromResult(db.Instances.Where(i => i.ParentInstanceId == parent).ToList()));
        Assert.Equal(2, children.Count); // the fire-and-forget child runs on by itself
        Assert.Contains(children, c => c.Status == InstanceStatus.Running);
    }

    [Fact]
    public async Task Should_cancel_children_with_their_parent()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("kid", """{ "id": "wait", "type": "WaitForSignal", "properties": { "signal": "go" } }""", """[ { "from": "start", "to": "wait" } ]"""));
        await engine.PublishAsync(Defs.Flow("mum", """{ "id": "call", "type": "StartWorkflow", "properties": { "definitionId": "kid", "wait": true } }""", """[ { "from": "start", "to": "call" } ]"""));
        var parent = (await engine.Runtime.StartAsync(new StartWorkflowRequest("mum"))).InstanceId;

        Assert.True(await engine.Runtime.CancelAsync(parent, "duplicate request", "admin"));

        var child = await engine.QueryAsync(db => Task.FromResult(db.Instances.Single(i => i.ParentInstanceId == parent)));
        Assert.Equal(InstanceStatus.Cancelled, child.Status);
        Assert.Equal(InstanceStatus.Cancelled, (await engine.InstanceAsync(parent)).Status);
        Assert.False(await engine.Runtime.CancelAsync(parent));
    }
}
