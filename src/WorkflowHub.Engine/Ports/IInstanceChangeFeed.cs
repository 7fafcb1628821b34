namespace WorkflowHub.Engine.Ports;

/// <summary>
/// Tells watchers that an instance changed (after its commit), for live views and GraphQL
/// subscriptions. The embedded default is in-process; several nodes share one through the
/// database's notification channel.
/// </summary>
public interface IInstanceChangeFeed
{
    /// <summary>Changes of one instance, or of all when <paramref name="instanceId"/> is null, until cancelled.</summary>
    IAsyncEnumerable<Guid> WatchAsync(Guid? instanceId, CancellationToken ct);

    void Publish(Guid instanceId);
}
