using System.Text.Json.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Runtime;

public sealed class RuntimeGuaranteesTests
{
    private const string Counter = """
        { "id": "wait", "type": "WaitForSignal", "properties": { "signal": "tick" } },
        { "id": "count", "type": "Script", "properties": { "script": "variables.count = (variables.count || 0) + 1;" } }
        """;

    [Fact]
    public async Task Should_ignore_a_second_resume_of_the_same_bookmark_and_say_so()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("once", Counter, """[ { "from": "start", "to": "wait" }, { "from": "wait", "to": "count" } ]"""));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("once"))).InstanceId;
        var bookmark = await engine.QueryAsync(db => Task.FromResult(db.Bookmarks.Single(b => b.InstanceId == id)));

        var first = await engine.Runtime.ResumeAsync(bookmark.Id);
        var second = await engine.Runtime.ResumeAsync(bookmark.Id);

        Assert.Equal(ResumeOutcome.Resumed, first.Outcome);
        Assert.Equal(ResumeOutcome.AlreadyConsumed, second.Outcome);
        Assert.Contains("already resumed", second.Message);
        Assert.Equal(1, (await engine.VariablesAsync(id))["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_apply_concurrent_resumes_of_one_bookmark_exactly_once()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("race", Counter, """[ { "from": "start", "to": "wait" }, { "from": "wait", "to": "count" } ]"""));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("race"))).InstanceId;
        var bookmark = await engine.QueryAsync(db => Task.FromResult(db.Bookmarks.Single(b => b.InstanceId == id)));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => engine.Runtime.ResumeAsync(bookmark.Id))));

        Assert.Single(results, r => r.Outcome == ResumeOutcome.Resumed);
        Assert.Equal(7, results.Count(r => r.Outcome == ResumeOutcome.AlreadyConsumed));
        Assert.Equal(1, (await engine.VariablesAsync(id))["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_serialise_concurrent_completions_of_parallel_tasks_without_losing_either()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var branches = string.Join(",", Enumerable.Range(0, 6).Select(i => $$"""
            { "id": "t{{i}}", "type": "HumanTask", "properties": { "title": "T{{i}}", "assigneeRole": "r", "outcomes": ["Done"] } },
            { "id": "c{{i}}", "type": "Script", "properties": { "script": "variables.done = (variables.done || []).concat(['t{{i}}']);" } }
            """));
        var connections = string.Join(",", Enumerable.Range(0, 6).Select(i => $$"""
            { "from": "fork", "outcome": "B{{i}}", "to": "t{{i}}" }, { "from": "t{{i}}", "to": "c{{i}}" }, { "from": "c{{i}}", "to": "join" }
            """));
        await engine.PublishAsync(Defs.Flow("parallel", $$"""
            { "id": "fork", "type": "Fork", "properties": { "branches": [{{string.Join(",", Enumerable.Range(0, 6).Select(i => $"\"B{i}\""))}}] } },
            {{branches}}, { "id": "join", "type": "Join" }, { "id": "end", "type": "End", "properties": { "status": "all-done" } }
            """, $$"""[ { "from": "start", "to": "fork" }, {{connections}}, { "from": "join", "to": "end" } ]"""));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("parallel"))).InstanceId;
        var tasks = await engine.OpenTasksAsync(id);

        await Task.WhenAll(tasks.Select(t => Task.Run(() => engine.Runtime.CompleteTaskAsync(t.Id, "Done"))));

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(("all-done", InstanceStatus.Completed), (instance.BusinessStatus, instance.Status));
        Assert.Equal(6, (await engine.VariablesAsync(id))["done"]!.AsArray().Count);
    }

    [Fact]
    public async Task Should_record_a_fault_as_an_incident_and_continue_after_retry()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("fragile", """
            { "id": "wait", "type": "WaitForSignal", "properties": { "signal": "fixed", "resultVariable": "config" } },
            { "id": "use", "type": "Script", "properties": { "script": "if (!variables.config) throw new Error('no config yet'); variables.used = variables.config.value;" } }
            """, """[ { "from": "start", "to": "use" }, { "from": "wait", "to": "use" }, { "from": "start", "to": "wait" } ]"""));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("fragile"))).InstanceId;

        var faulted = await engine.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Faulted, faulted.Status);
        var incident = await engine.QueryAsync(db => Task.FromResult(db.Incidents.Single(i => i.InstanceId == id)));
        Assert.Equal("use", incident.ActivityId);
        Assert.Contains("no config yet", incident.Message);
        Assert.Contains(await engine.JournalAsync(id), j => j.Event == JournalEvents.Faulted && j.Data!.Contains("no config yet"));

        // The other path still waits; the signal lands while faulted, then the retry succeeds.
        await engine.Runtime.SendSignalAsync("fixed", payload: new JsonObject { ["value"] = 7 });
        Assert.True(await engine.Runtime.RetryAsync(id, "admin"));

        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
        Assert.Equal(7, (await engine.VariablesAsync(id))["used"]!.GetValue<int>());
        var resolved = await engine.QueryAsync(db => Task.FromResult(db.Incidents.Single(i => i.InstanceId == id)));
        Assert.NotNull(resolved.ResolvedAt);
        Assert.Equal(1, resolved.RetryCount);
    }

    [Fact]
    public async Task Should_fault_a_loop_that_never_waits_instead_of_hanging()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("spin", """
            { "id": "a", "type": "SetVariable", "properties": { "variable": "x", "value": 1 } },
            { "id": "b", "type": "SetVariable", "properties": { "variable": "x", "value": 2 } }
            """, """[ { "from": "start", "to": "a" }, { "from": "a", "to": "b" }, { "from": "b", "to": "a" } ]"""));

        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("spin"))).InstanceId;

        Assert.Equal(InstanceStatus.Faulted, (await engine.InstanceAsync(id)).Status);
        var incident = await engine.QueryAsync(db => Task.FromResult(db.Incidents.Single(i => i.InstanceId == id)));
        Assert.Contains("without waiting", incident.Message);
    }

    [Fact]
    public async Task Should_keep_running_instances_on_the_version_they_started_on()
    {
        await using var engine = await EngineFixture.CreateAsync();
        string Version(string status) => Defs.Flow("versioned", $$"""
            { "id": "wait", "type": "WaitForSignal", "properties": { "signal": "go" } },
            { "id": "mark", "type": "SetStatus", "properties": { "status": "{{status}}" } }
            """, """[ { "from": "start", "to": "wait" }, { "from": "wait", "to": "mark" } ]""");
        var v1 = await engine.Definitions.SaveAndPublishAsync(Version("v1"));
        var old = (await engine.Runtime.StartAsync(new StartWorkflowRequest("versioned"))).InstanceId;

        var v2 = await engine.Definitions.SaveAndPublishAsync(Version("v2"));
        var fresh = (await engine.Runtime.StartAsync(new StartWorkflowRequest("versioned"))).InstanceId;
        await engine.Runtime.SendSignalAsync("go");

        Assert.Equal((1, 2), (v1.Version, v2.Version));
        Assert.Equal((1, "v1"), ((await engine.InstanceAsync(old)).DefinitionVersion, (await engine.InstanceAsync(old)).BusinessStatus));
        Assert.Equal((2, "v2"), ((await engine.InstanceAsync(fresh)).DefinitionVersion, (await engine.InstanceAsync(fresh)).BusinessStatus));
    }

    [Fact]
    public async Task Should_return_the_first_instance_when_a_start_is_repeated_with_the_same_request_id()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("idem", Counter, """[ { "from": "start", "to": "wait" }, { "from": "wait", "to": "count" } ]"""));

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() =>
            engine.Runtime.StartAsync(new StartWorkflowRequest("idem", RequestId: "req-1")))));

        Assert.Single(results.Select(r => r.InstanceId).Distinct());
        Assert.Single(results, r => !r.AlreadyStarted);
        Assert.Equal(1, await engine.QueryAsync(db => Task.FromResult(db.Instances.Count())));
    }

    [Fact]
    public async Task Should_journal_every_step_in_order_with_outcomes_and_actors()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("journal", """
            { "id": "ask", "type": "HumanTask", "properties": { "title": "Ask", "assigneeRole": "r", "outcomes": ["Yes", "No"] } }
            """, """[ { "from": "start", "to": "ask" } ]"""));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("journal", Actor: "clerk"))).InstanceId;
        await engine.CompleteAsync(id, "ask", "Yes", actor: "worker-9");

        var journal = await engine.JournalAsync(id);
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        Assert.Equal(
            [JournalEvents.InstanceStarted, JournalEvents.Entered, JournalEvents.Completed, JournalEvents.Entered, JournalEvents.Waiting,
             JournalEvents.Resumed, JournalEvents.Completed, JournalEvents.InstanceCompleted],
            journal.Select(j => j.Event));
        var completed = journal.Last(j => j.Event == JournalEvents.Completed);
        Assert.Equal(("ask", "Yes", "worker-9"), (completed.ActivityId, completed.Outcome, completed.Actor));
    }
}
