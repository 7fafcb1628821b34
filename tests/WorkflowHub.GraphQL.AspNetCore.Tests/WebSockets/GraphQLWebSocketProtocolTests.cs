using System.Text.Json;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using WorkflowHub.GraphQL.AspNetCore.WebSockets;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.WebSockets;

public sealed class GraphQLWebSocketProtocolTests
{
    [Fact]
    public async Task Should_acknowledge_connection_init_and_agree_on_the_subprotocol()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);

        await socket.InitAsync();
        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
    }

    [Fact]
    public async Task Should_stream_subscription_events_then_complete()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"s1","type":"subscribe","payload":{"query":"subscription { ticks(count: 2) }"}}""");

        var first = (await socket.ReceiveAsync())!.Value;
        var second = (await socket.ReceiveAsync())!.Value;
        var complete = (await socket.ReceiveAsync())!.Value;
        Assert.Equal("next", first.GetProperty("type").GetString());
        Assert.Equal("s1", first.GetProperty("id").GetString());
        Assert.Equal(1, first.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetInt32());
        Assert.Equal(2, second.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetInt32());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("s1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Should_run_queries_and_mutations_over_the_socket()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"m","type":"subscribe","payload":{"query":"mutation { increment }"}}""");
        var next = (await socket.ReceiveAsync())!.Value;
        var complete = (await socket.ReceiveAsync())!.Value;

        Assert.Equal(1, next.GetProperty("payload").GetProperty("data").GetProperty("increment").GetInt32());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal(1, host.Counter.Value);
    }

    [Fact]
    public async Task Should_answer_an_invalid_operation_with_an_error_message_holding_the_errors()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"e","type":"subscribe","payload":{"query":"subscription {"}}""");
        var error = (await socket.ReceiveAsync())!.Value;

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("e", error.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, error.GetProperty("payload").ValueKind);
        Assert.StartsWith("Syntax Error", error.GetProperty("payload")[0].GetProperty("message").GetString());

        // The id is free again after an error, and the connection stays usable.
        await socket.SendAsync("""{"id":"e","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("next", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Should_answer_ping_with_pong()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);

        await socket.SendAsync("""{"type":"ping","payload":{"n":1}}""");
        var pong = (await socket.ReceiveAsync())!.Value;

        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(1, pong.GetProperty("payload").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Should_stop_a_subscription_the_client_completes()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"long","type":"subscribe","payload":{"query":"subscription { ticks(count: 100000) }"}}""");
        Assert.Equal("next", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());
        await socket.SendAsync("""{"id":"long","type":"complete"}""");

        // Events already in flight may still arrive; then the stream goes quiet and no complete is echoed.
        var quiet = false;
        for (var i = 0; i < 50 && !quiet; i++)
        {
            var (received, message) = await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(300));
            if (!received)
            {
                quiet = true;
            }
            else
            {
                Assert.Equal("next", message!.Value.GetProperty("type").GetString());
            }
        }

        Assert.True(quiet);

        // The id may be used again once completed.
        await socket.SendAsync("""{"id":"long","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("next", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Should_close_with_4408_when_connection_init_does_not_come_in_time()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync(b => b.ModifyServerOptions(o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200)));
        await using var socket = await TestSocket.ConnectAsync(host);

        Assert.Equal(CloseCodes.ConnectionInitialisationTimeout, await socket.WaitForCloseAsync());
        Assert.Equal("Connection initialisation timeout", socket.CloseReason);
    }

    [Fact]
    public async Task Should_close_with_4429_on_a_second_connection_init()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);
        await socket.InitAsync();

        await socket.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal(CloseCodes.TooManyInitialisationRequests, await socket.WaitForCloseAsync());
    }

    [Fact]
    public async Task Should_close_with_4401_on_subscribe_before_acknowledgement()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);

        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"mutation { increment }"}}""");

        Assert.Equal(CloseCodes.Unauthorized, await socket.WaitForCloseAsync());
        Assert.Equal("Unauthorized", socket.CloseReason);
        Assert.Equal(0, host.Counter.Value);
    }

    [Fact]
    public async Task Should_close_with_4409_when_a_subscriber_id_is_already_in_use()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { ticks(count: 100000) }"}}""");
        await socket.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { ticks(count: 100000) }"}}""");

        Assert.Equal(CloseCodes.SubscriberAlreadyExists, await socket.WaitForCloseAsync());
        Assert.Equal("Subscriber for dup already exists", socket.CloseReason);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""["type","ping"]""")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"type":"subscribe","id":"1"}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":42}}""")]
    [InlineData("""{"type":"complete"}""")]
    [InlineData("""{"type":"ping","payload":"text"}""")]
    [InlineData("""{"type":7}""")]
    public async Task Should_close_with_4400_on_an_invalid_message(string message)
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host);
        await socket.InitAsync();

        await socket.SendAsync(message);

        Assert.Equal(CloseCodes.BadRequest, await socket.WaitForCloseAsync());
    }

    [Fact]
    public async Task Should_close_with_4403_when_the_connection_is_refused()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync(b => b.AddSocketSessionInterceptor(new TokenInterceptor()));
        await using var refused = await TestSocket.ConnectAsync(host);
        await refused.SendAsync("""{"type":"connection_init","payload":{"token":"wrong"}}""");
        Assert.Equal(CloseCodes.Forbidden, await refused.WaitForCloseAsync());

        await using var accepted = await TestSocket.ConnectAsync(host);
        await accepted.SendAsync("""{"type":"connection_init","payload":{"token":"secret"}}""");
        Assert.Equal("connection_ack", (await accepted.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Should_give_the_connection_init_payload_to_the_connections_operations()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync(b => b.AddResolver("Query", "hello", context =>
        {
            var http = (Microsoft.AspNetCore.Http.HttpContext)context.ContextData[nameof(Microsoft.AspNetCore.Http.HttpContext)]!;
            var payload = (IReadOnlyDictionary<string, object?>)http.Items[ISocketSessionInterceptor.ConnectionInitPayloadKey]!;
            return "Hello " + payload["user"];
        }));
        await using var socket = await TestSocket.ConnectAsync(host);
        await socket.SendAsync("""{"type":"connection_init","payload":{"user":"ada"}}""");
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());

        await socket.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal("Hello ada", (await socket.ReceiveAsync())!.Value.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Should_close_with_4406_without_the_graphql_transport_ws_subprotocol()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        await using var socket = await TestSocket.ConnectAsync(host, subprotocol: null);

        Assert.Equal(CloseCodes.SubprotocolNotAcceptable, await socket.WaitForCloseAsync());
    }

    [Fact]
    public async Task Should_close_with_4500_when_the_server_fails()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync(b => b.AddHttpRequestInterceptor(new FailingInterceptor()));
        await using var socket = await TestSocket.ConnectAsync(host);
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal(CloseCodes.InternalServerError, await socket.WaitForCloseAsync());
    }

    private sealed class TokenInterceptor : ISocketSessionInterceptor
    {
        public ValueTask<bool> OnConnectAsync(Microsoft.AspNetCore.Http.HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken) =>
            new(payload is not null && payload.TryGetValue("token", out var token) && token as string == "secret");
    }

    private sealed class FailingInterceptor : IHttpRequestInterceptor
    {
        public ValueTask OnCreateAsync(Microsoft.AspNetCore.Http.HttpContext context, Execution.GraphQLRequest request, IDictionary<string, object?> contextData, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Boom.");
    }
}
