using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Engine.Runtime;

/// <summary>
/// Fans committed changes out to watchers of this process. A slow watcher never slows the
/// engine: its queue keeps the latest changes only (a change says "look again", so dropping an
/// older duplicate loses nothing).
/// </summary>
public sealed class InProcessInstanceChangeFeed : IInstanceChangeFeed
{
    private const int QueuePerWatcher = 256;
    private readonly ConcurrentDictionary<Channel<Guid>, Guid?> _watchers = new();

    public void Publish(Guid instanceId)
    {
        foreach (var (channel, filter) in _watchers)
            if (filter is null || filter == instanceId) channel.Writer.TryWrite(instanceId);
    }

    public async IAsyncEnumerable<Guid> WatchAsync(Guid? instanceId, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<Guid>(new BoundedChannelOptions(QueuePerWatcher)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        _watchers[channel] = instanceId;
        try
        {
            while (await channel.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
                while (channel.Reader.TryRead(out var id))
                    yield return id;
        }
        finally
        {
            _watchers.TryRemove(channel, out _);
        }
    }
}
