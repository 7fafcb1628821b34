using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>A real <see cref="ClientWebSocket"/> speaking graphql-transport-ws to a Kestrel host.</summary>
public sealed class TestSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;

    private TestSocket(ClientWebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<TestSocket> ConnectAsync(GraphQLTestHost host, string? subprotocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        if (subprotocol is not null)
        {
            socket.Options.AddSubProtocol(subprotocol);
        }

        var uri = new UriBuilder(host.GraphQLUri) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(uri, timeout.Token);
        return new TestSocket(socket);
    }

    public async Task SendAsync(string json)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task InitAsync()
    {
        await SendAsync("""{"type":"connection_init"}""");
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack!.Value.GetProperty("type").GetString());
    }

    private Task<JsonElement?>? _pending;

    /// <summary>The next message, or null when the server closed the connection; fails after the wait.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? wait = null)
    {
        var (received, message) = await TryReceiveAsync(wait ?? TimeSpan.FromSeconds(10));
        return received ? message : throw new TimeoutException("No message from the server.");
    }

    /// <summary>
    /// Waits for the next message at most <paramref name="wait"/>; a receive still running is kept for
    /// the next call (cancelling a WebSocket receive would abort the connection).
    /// </summary>
    public async Task<(bool Received, JsonElement? Message)> TryReceiveAsync(TimeSpan wait)
    {
        _pending ??= ReceiveOneAsync();
        var done = await Task.WhenAny(_pending, Task.Delay(wait));
        if (done != _pending)
        {
            return (false, null);
        }

        var message = await _pending;
        _pending = null;
        return (true, message);
    }

    private async Task<JsonElement?> ReceiveOneAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            }
        }
    }

    /// <summary>Reads until the server closes; returns the close code.</summary>
    public async Task<int> WaitForCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return (int)_socket.CloseStatus!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
    }
}
