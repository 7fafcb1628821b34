using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Runtime;

public sealed class InstanceChangeFeedTests
{
    private static readonly string Ask = Defs.Flow("ask",
        """{ "id": "ask", "type": "HumanTask", "properties": { "title": "Ask", "assigneeRole": "r", "outcomes": ["Done"] } }""",
        """[ { "from": "start", "to": "ask" } ]""");

    [Fact]
    public async Task Should_tell_a_watcher_of_an_instance_about_each_committed_change_of_it_only()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Ask);
        var feed = engine.Services.GetRequiredService<IInstanceChangeFeed>();
        var watched = (await engine.Runtime.StartAsync(new StartWorkflowRequest("ask"))).InstanceId;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // An async iterator registers its watcher synchronously, in the first MoveNextAsync.
        await using var changes = feed.WatchAsync(watched, stop.Token).GetAsyncEnumerator(stop.Token);
        var first = changes.MoveNextAsync().AsTask();

        await engine.Runtime.StartAsync(new StartWorkflowRequest("ask"));
        Assert.False(first.IsCompleted);
        var task = await engine.QueryAsync(db => Task.FromResult(db.Tasks.Single(t => t.InstanceId == watched)));
        await engine.Runtime.CompleteTaskAsync(task.Id, "Done", actor: "someone");

        Assert.True(await first);
        Assert.Equal(watched, changes.Current);
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(watched)).Status);
    }

    [Fact]
    public async Task Should_stop_a_watch_when_cancelled_and_forget_the_watcher()
    {
        var feed = new InProcessInstanceChangeFeed();
        using var stop = new CancellationTokenSource();
        var enumerator = feed.WatchAsync(null, stop.Token).GetAsyncEnumerator(stop.Token);
        var next = enumerator.MoveNextAsync().AsTask();

        feed.Publish(Guid.Empty);
        Assert.True(await next);
        var waiting = enumerator.MoveNextAsync().AsTask();
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await enumerator.DisposeAsync();
    }
}
