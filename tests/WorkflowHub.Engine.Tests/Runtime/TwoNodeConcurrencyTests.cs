using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;
using Xunit.Abstractions;

namespace WorkflowHub.Engine.Tests.Runtime;

/// <summary>
/// Two nodes (two service providers, each with its own store and connection pool) on one database resume the same
/// instances at once. The instance's revision serialises them: a loser's commit is refused as a conflict and the engine
/// runs it again on the new state, so nothing is lost and nothing happens twice. The conflict rate is reported.
/// </summary>
public sealed class TwoNodeConcurrencyTests(ITestOutputHelper output) : IAsyncDisposable
{
    private const int Instances = 20;
    private const int Branches = 6;
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-two-nodes-").FullName;

    [Fact]
    public async Task Should_lose_no_completion_and_apply_no_resume_twice_when_two_nodes_work_one_database()
    {
        await using var database = TestDatabase.Create(_folder);
        var counters = new[] { new ConflictCounter(), new ConflictCounter() };
        await using var a = await EngineFixture.CreateAsync(counters[0].CountCommitsOf, folder: _folder, database: database);
        await using var b = await EngineFixture.CreateAsync(counters[1].CountCommitsOf, folder: _folder, database: database);
        var nodes = new[] { a, b };
        await a.PublishAsync(ParallelTasksThenSignal);
        var ids = new List<Guid>();
        for (var i = 0; i < Instances; i++) ids.Add((await a.Runtime.StartAsync(new StartWorkflowRequest("two-nodes"))).InstanceId);
        var tasks = await Task.WhenAll(ids.Select(a.OpenTasksAsync));

        // Every task completed once, by one node or the other, all released at the same moment.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var completions = tasks.SelectMany(t => t).Select((task, n) => Task.Run(async () =>
        {
            await go.Task;
            return await nodes[n % 2].Runtime.CompleteTaskAsync(task.Id, "Done");
        })).ToList();
        go.SetResult();
        var completed = await Task.WhenAll(completions);
        // Then both nodes resume every instance's signal bookmark at once: exactly one resume per bookmark takes effect.
        var bookmarks = await a.QueryAsync(db => Task.FromResult(db.Bookmarks.Where(x => x.ConsumedAt == null && x.SignalName == "close").Select(x => x.Id).ToList()));
        var resumes = await Task.WhenAll(bookmarks.SelectMany(id => nodes.Select(node => Task.Run(() => node.Runtime.ResumeAsync(id)))));

        Assert.Equal(Instances * Branches, completed.Length);
        Assert.All(completed, r => Assert.Equal(ResumeOutcome.Resumed, r.Outcome));
        Assert.Equal(Instances, bookmarks.Count);
        Assert.Equal(Instances, resumes.Count(r => r.Outcome == ResumeOutcome.Resumed));
        Assert.Equal(Instances, resumes.Count(r => r.Outcome == ResumeOutcome.AlreadyConsumed));
        foreach (var id in ids)
        {
            var instance = await b.InstanceAsync(id);
            Assert.Equal(InstanceStatus.Completed, instance.Status);
            var variables = await b.VariablesAsync(id);
            Assert.Equal(Branches, variables["done"]!.AsArray().Select(n => n!.GetValue<string>()).Distinct().Count());
            Assert.Equal(1, variables["closed"]!.GetValue<int>());
        }

        var commits = counters.Sum(c => c.Commits);
        var conflicts = counters.Sum(c => c.Conflicts);
        output.WriteLine($"{database.Provider}: {commits} commits, {conflicts} refused as conflicts ({100.0 * conflicts / commits:0.0}%), " +
                         $"node A {counters[0].Conflicts}/{counters[0].Commits}, node B {counters[1].Conflicts}/{counters[1].Commits}");
        Assert.True(conflicts > 0, "The nodes never raced; the test did not exercise concurrent commits.");
    }

    private static readonly string ParallelTasksThenSignal = Defs.Flow("two-nodes",
        string.Join(",", Enumerable.Range(0, Branches).Select(i => $$"""
            { "id": "t{{i}}", "type": "HumanTask", "properties": { "title": "T{{i}}", "assigneeRole": "r", "outcomes": ["Done"] } },
            { "id": "c{{i}}", "type": "Script", "properties": { "script": "variables.done = (variables.done || []).concat(['t{{i}}']);" } }
            """)) + $$"""
            , { "id": "fork", "type": "Fork", "properties": { "branches": [{{string.Join(",", Enumerable.Range(0, Branches).Select(i => $"\"B{i}\""))}}] } },
            { "id": "join", "type": "Join" },
            { "id": "wait", "type": "WaitForSignal", "properties": { "signal": "close" } },
            { "id": "close", "type": "Script", "properties": { "script": "variables.closed = (variables.closed || 0) + 1;" } }
            """,
        "[ { \"from\": \"start\", \"to\": \"fork\" }, " +
        string.Join(", ", Enumerable.Range(0, Branches).Select(i => $$"""
            { "from": "fork", "outcome": "B{{i}}", "to": "t{{i}}" }, { "from": "t{{i}}", "to": "c{{i}}" }, { "from": "c{{i}}", "to": "join" }
            """)) +
        ", { \"from\": \"join\", \"to\": \"wait\" }, { \"from\": \"wait\", \"to\": \"close\" } ]");

    public ValueTask DisposeAsync()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
