using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace WorkflowHub.Governance.Tests.Support;

/// <summary>
/// A front end's live connection: a real <see cref="ClientWebSocket"/> speaking graphql-transport-ws to the server's
/// /graphql. Each subscription's events are queued by its id as they arrive.
/// </summary>
public sealed class SubscriptionSocket : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<string, Channel<JsonObject>> _events = [];
    private readonly CancellationTokenSource _closing = new();
    private Task _reading = Task.CompletedTask;

    public static async Task<SubscriptionSocket> ConnectAsync(GovernanceServer server, string? person = null)
    {
        if (person is null) await server.EnsureOperatorAsync();
        var connection = new SubscriptionSocket();
        connection._socket.Options.AddSubProtocol("graphql-transport-ws");
        connection._socket.Options.SetRequestHeader(GovernanceServer.PersonHeader, person ?? GovernanceServer.Operator);
        using var timeout = new CancellationTokenSource(Patience);
        await connection._socket.ConnectAsync(new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, timeout.Token);
        await connection.SendAsync(new JsonObject { ["type"] = "connection_init" });
        var ack = await connection.ReadAsync(timeout.Token);
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
        connection._reading = connection.ReadAllAsync();
        return connection;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null)
    {
        lock (_events) _events[id] = Channel.CreateUnbounded<JsonObject>();
        return SendAsync(new JsonObject
        {
            ["id"] = id, ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = query, ["variables"] = JsonSerializer.SerializeToNode(variables) },
        });
    }

    /// <summary>The data of the subscription's next event; fails when none comes in time or the server sent an error.</summary>
    public async Task<JsonObject> NextAsync(string id)
    {
        Channel<JsonObject> events;
        lock (_events) events = _events[id];
        using var timeout = new CancellationTokenSource(Patience);
        var message = await events.Reader.ReadAsync(timeout.Token);
        Assert.True(message["type"]!.GetValue<string>() == "next", "Expected an event, got " + message.ToJsonString());
        var payload = message["payload"]!;
        Assert.True(payload["errors"] is null, "Unexpected errors: " + payload["errors"]?.ToJsonString());
        return payload["data"]!.AsObject();
    }

    /// <summary>True when the subscription has an event waiting or one arrives within the wait.</summary>
    public async Task<bool> HasEventWithinAsync(string id, TimeSpan wait)
    {
        Channel<JsonObject> events;
        lock (_events) events = _events[id];
        using var timeout = new CancellationTokenSource(wait);
        try { return await events.Reader.WaitToReadAsync(timeout.Token); }
        catch (OperationCanceledException) { return false; }
    }

    private Task SendAsync(JsonObject message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private async Task ReadAllAsync()
    {
        while (await ReadAsync(_closing.Token) is { } message)
        {
            if (message["id"]?.GetValue<string>() is not { } id) continue; // pings and pongs
            Channel<JsonObject>? events;
            lock (_events) _events.TryGetValue(id, out events);
            events?.Writer.TryWrite(message);
        }
    }

    private async Task<JsonObject?> ReadAsync(CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        using var text = new MemoryStream();
        try
        {
            while (true)
            {
                var part = await _socket.ReceiveAsync(buffer, ct);
                if (part.MessageType == WebSocketMessageType.Close) return null;
                text.Write(buffer, 0, part.Count);
                if (part.EndOfMessage) return JsonNode.Parse(text.ToArray())!.AsObject();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { return null; }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        await _closing.CancelAsync();
        await _reading;
        _socket.Dispose();
        _closing.Dispose();
    }
}
