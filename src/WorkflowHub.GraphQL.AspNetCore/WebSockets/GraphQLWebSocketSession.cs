using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using WorkflowHub.GraphQL.AspNetCore.Http;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> connection: <c>connection_init</c>/<c>connection_ack</c> within the
/// init timeout (else 4408), <c>ping</c>/<c>pong</c>, and <c>subscribe</c> → <c>next</c>* then
/// <c>complete</c>, or <c>error</c> when the operation is refused before it runs. Queries and
/// mutations run here too. Protocol violations close the socket with the protocol's codes.
/// </summary>
internal sealed class GraphQLWebSocketSession
{
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly GraphQLRequestRunner _runner;
    private readonly GraphQLServerOptions _options;
    private readonly ISocketSessionInterceptor[] _interceptors;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private readonly CancellationTokenSource _closing;
    private readonly CancellationTokenSource _stopOperations;
    private int _initReceived;
    private volatile bool _acknowledged;
    private int _closed;

    public GraphQLWebSocketSession(WebSocket socket, HttpContext context, GraphQLRequestRunner runner, GraphQLServerOptions options, ISocketSessionInterceptor[] interceptors, ILogger logger)
    {
        _socket = socket;
        _context = context;
        _runner = runner;
        _options = options;
        _interceptors = interceptors;
        _logger = logger;
        _closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        _stopOperations = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    }

    public async Task RunAsync()
    {
        var initTimeout = WatchInitAsync();
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                var received = await ReceiveAsync(buffer).ConfigureAwait(false);
                if (received == Received.Closed)
                {
                    break;
                }

                if (Volatile.Read(ref _closed) == 1)
                {
                    continue; // closing: only the client's close frame matters now
                }

                await HandleMessageAsync(buffer.WrittenMemory).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
            // The client dropped the connection without a close handshake.
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "A GraphQL WebSocket session failed.");
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            await _stopOperations.CancelAsync().ConfigureAwait(false);
            Task[] running;
            lock (_running)
            {
                running = _running.ToArray();
            }

            // Operations end before the socket is disposed, so none of them writes to a closed socket.
            await Task.WhenAll(running).ConfigureAwait(false);
            await _closing.CancelAsync().ConfigureAwait(false);
            await initTimeout.ConfigureAwait(false);
        }
    }

    private enum Received
    {
        Message,
        Closed,
    }

    private async Task<Received> ReceiveAsync(ArrayBufferWriter<byte> buffer)
    {
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var result = await _socket.ReceiveAsync(memory, _closing.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (Interlocked.Exchange(ref _closed, 1) == 0 && _socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                }

                return Received.Closed;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > _options.MaxRequestBodyBytes)
            {
                await CloseAsync(CloseCodes.BadRequest, "Message too large").ConfigureAwait(false);
                return Received.Closed;
            }

            if (result.EndOfMessage)
            {
                if (result.MessageType != WebSocketMessageType.Text)
                {
                    await CloseAsync(CloseCodes.BadRequest, "Binary messages are not supported").ConfigureAwait(false);
                    return Received.Closed;
                }

                return Received.Message;
            }
        }
    }

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> message)
    {
        Message parsed;
        try
        {
            parsed = Message.Parse(message.Span);
        }
        catch (InvalidRequestException invalid)
        {
            await CloseAsync(CloseCodes.BadRequest, invalid.Message).ConfigureAwait(false);
            return;
        }

        switch (parsed.Type)
        {
            case "connection_init":
                await OnInitAsync(parsed).ConfigureAwait(false);
                break;
            case "ping":
                await SendAsync(Messages.Pong(parsed.Payload)).ConfigureAwait(false);
                break;
            case "pong":
                break;
            case "subscribe":
                await OnSubscribeAsync(parsed).ConfigureAwait(false);
                break;
            case "complete":
                if (_operations.TryRemove(parsed.Id!, out var operation))
                {
                    await operation.CancelAsync().ConfigureAwait(false);
                }

                break;
            default:
                await CloseAsync(CloseCodes.BadRequest, $"Invalid message type \"{parsed.Type}\"").ConfigureAwait(false);
                break;
        }
    }

    private async Task OnInitAsync(Message message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        var payload = message.Payload as IReadOnlyDictionary<string, object?>;
        foreach (var interceptor in _interceptors)
        {
            if (!await interceptor.OnConnectAsync(_context, payload, _closing.Token).ConfigureAwait(false))
            {
                await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
                return;
            }
        }

        _context.Items[ISocketSessionInterceptor.ConnectionInitPayloadKey] = payload;
        _acknowledged = true;
        await SendAsync(Messages.ConnectionAck).ConfigureAwait(false);
    }

    private async Task OnSubscribeAsync(Message message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        var id = message.Id!;
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopOperations.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        // Operations run beside the receive loop so that "complete" and further "subscribe"s are read meanwhile.
        var running = Task.Run(() => RunOperationAsync(id, message.Request!, cancellation));
        lock (_running)
        {
            _running.RemoveAll(static task => task.IsCompleted);
            _running.Add(running);
        }
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            var outcome = await _runner.RunAsync(request, _context, AllowedOperations.All, token).ConfigureAwait(false);
            switch (outcome.Kind)
            {
                case OutcomeKind.RequestError:
                    await SendIfActiveAsync(id, Messages.Error(id, outcome.Result!.Errors ?? [])).ConfigureAwait(false);
                    _operations.TryRemove(id, out _);
                    return;
                case OutcomeKind.Result:
                    await SendIfActiveAsync(id, Messages.Next(id, outcome.Result!)).ConfigureAwait(false);
                    break;
                case OutcomeKind.Stream:
                    await using (var stream = outcome.Stream!)
                    {
                        await foreach (var result in stream.ReadResultsAsync(token).ConfigureAwait(false))
                        {
                            await SendIfActiveAsync(id, Messages.Next(id, result)).ConfigureAwait(false);
                        }
                    }

                    break;
            }

            if (_operations.TryRemove(id, out _))
            {
                await SendAsync(Messages.Complete(id)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Completed by the client or the connection closing.
        }
        catch (GraphQLRequestRejectedException rejected)
        {
            await SendIfActiveAsync(id, Messages.Error(id, [TransportErrors.Create(rejected.Message, rejected.Code)])).ConfigureAwait(false);
            _operations.TryRemove(id, out _);
        }
        catch (WebSocketException)
        {
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "GraphQL operation {Id} failed on a WebSocket.", id);
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            cancellation.Dispose();
        }
    }

    private async Task WatchInitAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _closing.Token).ConfigureAwait(false);
            if (Volatile.Read(ref _initReceived) == 0)
            {
                await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private Task SendIfActiveAsync(string id, byte[] message) =>
        _operations.ContainsKey(id) ? SendAsync(message) : Task.CompletedTask;

    private async Task SendAsync(byte[] message)
    {
        await _sendLock.WaitAsync(_closing.Token).ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, true, _closing.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        await _sendLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await CloseQuietlyAsync(_socket, code, reason).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
            await _stopOperations.CancelAsync().ConfigureAwait(false);

            // Wait for the client's close frame (the receive loop ends on it), but not for ever.
            _closing.CancelAfter(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>Sends a close frame with the protocol's code; the reason is cut to the 123 bytes a close frame allows.</summary>
    internal static async Task CloseQuietlyAsync(WebSocket socket, int code, string reason)
    {
        if (reason.Length > 60)
        {
            reason = reason[..60];
        }

        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}
