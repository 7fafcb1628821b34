using System.Text.Json.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Activities;

public sealed class FlowActivitiesTests
{
    [Theory]
    [InlineData(150, "big")]
    [InlineData(50, "small")]
    public async Task Should_follow_the_decision_outcome(int amount, string expected)
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("decide", """
            { "id": "check", "type": "Decision", "properties": { "condition": "variables.amount > 100" } },
            { "id": "big", "type": "SetVariable", "properties": { "variable": "size", "value": "big" } },
            { "id": "small", "type": "SetVariable", "properties": { "variable": "size", "value": "small" } }
            """, """
            [ { "from": "start", "to": "check" }, { "from": "check", "outcome": "True", "to": "big" }, { "from": "check", "outcome": "False", "to": "small" } ]
            """, inputs: """[ { "name": "amount", "type": "number", "required": true } ]"""));

        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest("decide", new JsonObject { ["amount"] = amount }));

        Assert.Equal(InstanceStatus.Completed, started.Status);
        Assert.Equal(expected, (await engine.VariablesAsync(started.InstanceId))["size"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("emergency", "PT2H")]
    [InlineData("utilities", "PT24H")]
    [InlineData("other", "P7D")]
    public async Task Should_follow_the_first_matching_switch_case_or_default(string category, string expected)
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("route", """
            { "id": "route", "type": "Switch", "properties": { "cases": [
                { "outcome": "Emergency", "condition": "variables.category === 'emergency'" },
                { "outcome": "Utilities", "condition": "=variables.category === 'utilities'" } ] } },
            { "id": "e", "type": "SetVariable", "properties": { "variable": "limit", "value": "PT2H" } },
            { "id": "u", "type": "SetVariable", "properties": { "variable": "limit", "value": "PT24H" } },
            { "id": "d", "type": "SetVariable", "properties": { "variable": "limit", "value": "P7D" } }
            """, """
            [ { "from": "start", "to": "route" }, { "from": "route", "outcome": "Emergency", "to": "e" },
              { "from": "route", "outcome": "Utilities", "to": "u" }, { "from": "route", "outcome": "Default", "to": "d" } ]
            """, inputs: """[ { "name": "category", "type": "string" } ]"""));

        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest("route", new JsonObject { ["category"] = category }));

        Assert.Equal(expected, (await engine.VariablesAsync(started.InstanceId))["limit"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_continue_after_join_all_only_when_every_branch_arrived()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("fork-all", """
            { "id": "fork", "type": "Fork", "properties": { "branches": ["A", "B"] } },
            { "id": "a", "type": "HumanTask", "properties": { "title": "A", "assigneeRole": "r", "outcomes": ["Done"] } },
            { "id": "b", "type": "HumanTask", "properties": { "title": "B", "assigneeRole": "r", "outcomes": ["Done"] } },
            { "id": "join", "type": "Join" },
            { "id": "after", "type": "SetStatus", "properties": { "status": "joined" } }
            """, """
            [ { "from": "start", "to": "fork" }, { "from": "fork", "outcome": "A", "to": "a" }, { "from": "fork", "outcome": "B", "to": "b" },
              { "from": "a", "to": "join" }, { "from": "b", "to": "join" }, { "from": "join", "to": "after" } ]
            """));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("fork-all"))).InstanceId;
        Assert.Equal(2, (await engine.OpenTasksAsync(id)).Count);

        await engine.CompleteAsync(id, "a", "Done");
        Assert.Equal(InstanceStatus.Running, (await engine.InstanceAsync(id)).Status);
        Assert.Null((await engine.InstanceAsync(id)).BusinessStatus);

        await engine.CompleteAsync(id, "b", "Done");
        var instance = await engine.InstanceAsync(id);
        Assert.Equal("joined", instance.BusinessStatus);
        Assert.Equal(InstanceStatus.Completed, instance.Status);
    }

    [Fact]
    public async Task Should_cancel_the_other_branches_when_join_any_continues()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("fork-any", """
            { "id": "fork", "type": "Fork", "properties": { "branches": ["Work", "Watch"] } },
            { "id": "work", "type": "HumanTask", "properties": { "title": "Work", "assigneeRole": "r", "outcomes": ["Done"] } },
            { "id": "watch", "type": "Delay", "properties": { "duration": "P1D" } },
            { "id": "join", "type": "Join", "properties": { "mode": "any" } },
            { "id": "end", "type": "End", "properties": { "status": "finished" } }
            """, """
            [ { "from": "start", "to": "fork" }, { "from": "fork", "outcome": "Work", "to": "work" }, { "from": "fork", "outcome": "Watch", "to": "watch" },
              { "from": "work", "to": "join" }, { "from": "watch", "to": "join" }, { "from": "join", "to": "end" } ]
            """));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("fork-any"))).InstanceId;

        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromDays(1)));

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal("finished", instance.BusinessStatus);
        var task = await engine.QueryAsync(db => Task.FromResult(db.Tasks.Single(t => t.InstanceId == id)));
        Assert.Equal(TaskItemStatus.Cancelled, task.Status);
    }

    [Fact]
    public async Task Should_end_the_whole_instance_at_end_and_cancel_waiting_paths()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("end-early", """
            { "id": "fork", "type": "Fork", "properties": { "branches": ["Wait", "Stop"] } },
            { "id": "wait", "type": "WaitForSignal", "properties": { "signal": "never" } },
            { "id": "stop", "type": "End" }
            """, """
            [ { "from": "start", "to": "fork" }, { "from": "fork", "outcome": "Wait", "to": "wait" }, { "from": "fork", "outcome": "Stop", "to": "stop" } ]
            """));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("end-early"))).InstanceId;

        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
        Assert.Equal(0, await engine.Runtime.SendSignalAsync("never"));
    }
}
