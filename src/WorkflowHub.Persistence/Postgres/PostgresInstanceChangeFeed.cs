using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Persistence.Postgres;

/// <summary>
/// Instance changes shared by every server on one PostgreSQL database through LISTEN/NOTIFY, so a subscription on one
/// node hears what another node committed. A change reaches this node's watchers at once; a background sender batches
/// them into NOTIFYs (the engine never waits on it) tagged with this node's id, and a listener connection hands other
/// nodes' changes to the watchers here. A change only says "look again", so one lost while a connection is re-made
/// costs a subscriber one update, never wrong data: the next change of that instance brings its whole state.
/// </summary>
public sealed class PostgresInstanceChangeFeed : IInstanceChangeFeed, IAsyncDisposable
{
    public const string ChannelName = "workflowhub_instance_changed";
    // NOTIFY payloads must stay under 8,000 bytes; 36 characters per id and a separator.
    private const int IdsPerNotify = 200;

    private readonly InProcessInstanceChangeFeed _local = new();
    private readonly Channel<Guid> _outbox = Channel.CreateBounded<Guid>(new BoundedChannelOptions(50_000)
    {
        FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true,
    });
    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();

    public PostgresInstanceChangeFeed(PostgresStoreOptions options, ILogger<PostgresInstanceChangeFeed>? logger = null)
    {
        // The listener holds its connection for good: it must not count against, or come from, the pool of the queries.
        _connectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false, KeepAlive = 30 }.ToString();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public void Publish(Guid instanceId)
    {
        _local.Publish(instanceId);
        _outbox.Writer.TryWrite(instanceId);
        Start(ref _sender, SendAsync);
    }

    public IAsyncEnumerable<Guid> WatchAsync(Guid? instanceId, CancellationToken ct)
    {
        StartListening();
        return _local.WatchAsync(instanceId, ct);
    }

    /// <summary>A node listens from its first watcher on (nobody to tell before), and keeps listening.</summary>
    private void StartListening() => Start(ref _listener, ListenAsync);

    private Task? _sender, _listener;

    private void Start(ref Task? loop, Func<CancellationToken, Task> body)
    {
        if (loop is not null) return;
        lock (_gate)
        {
            loop ??= Task.Run(() => body(_stop.Token));
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection)) await listen.ExecuteNonQueryAsync(ct);
                failures = 0;
                while (!ct.IsCancellationRequested) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "Lost the change notifications' connection; listening again soon. Subscribers may miss changes meanwhile.");
                await BackOffAsync(++failures, ct);
            }
        }
    }

    private void Receive(string payload)
    {
        var parts = payload.Split(':', 2);
        if (parts.Length != 2 || parts[0] == _node) return; // our own changes reached our watchers when they were published
        foreach (var id in parts[1].Split(','))
            if (Guid.TryParse(id, out var instanceId)) _local.Publish(instanceId);
    }

    private async Task SendAsync(CancellationToken ct)
    {
        var batch = new List<Guid>(IdsPerNotify);
        var failures = 0;
        NpgsqlConnection? connection = null;
        try
        {
            // Connects when there is something to send, so an idle node holds no connection for it.
            while (await _outbox.Reader.WaitToReadAsync(ct))
            {
                try
                {
                    if (connection is null)
                    {
                        connection = new NpgsqlConnection(_connectionString);
                        await connection.OpenAsync(ct);
                    }
                    batch.Clear();
                    while (batch.Count < IdsPerNotify && _outbox.Reader.TryRead(out var id)) batch.Add(id);
                    await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                    notify.Parameters.AddWithValue("channel", ChannelName);
                    notify.Parameters.AddWithValue("payload", Payload(batch));
                    await notify.ExecuteNonQueryAsync(ct);
                    failures = 0;
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    _logger.LogWarning(e, "Could not send {Count} change notifications; other nodes' subscribers miss them.", batch.Count);
                    if (connection is not null) await connection.DisposeAsync();
                    connection = null;
                    await BackOffAsync(++failures, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
    }

    private string Payload(List<Guid> ids)
    {
        var text = new StringBuilder(_node).Append(':');
        for (var i = 0; i < ids.Count; i++) text.Append(i == 0 ? "" : ",").Append(ids[i].ToString("D"));
        return text.ToString();
    }

    /// <summary>1 s after a first failure, doubling to 30 s while the database stays away.</summary>
    private static async Task BackOffAsync(int failures, CancellationToken ct)
    {
        var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 6) - 1)));
        try { await Task.Delay(delay, ct); }
        catch (OperationCanceledException) { }
    }

    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        // Registered under two service types, so the container may dispose it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stop.CancelAsync();
        foreach (var loop in new[] { _sender, _listener })
        {
            if (loop is null) continue;
            try { await loop; }
            catch (OperationCanceledException) { }
        }
        _stop.Dispose();
    }
}
