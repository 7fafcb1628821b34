using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.ApiKeys;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Csrf;

/// <summary>A page on another site can open a WebSocket to us, and the browser sends the session cookie with the handshake.</summary>
public sealed class CookieSocketTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_refuse_a_mutation_over_a_websocket_signed_in_by_the_cookie_and_write_nothing()
    {
        var token = await _server.LoginAsync();
        using var socket = await ConnectAsync(token);

        await SendAsync(socket, new JsonObject { ["id"] = "1", ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = "mutation { createApiKey(name: \"forged\") { key } }" } });
        var answer = await ReceiveAsync(socket);

        Assert.Equal("error", answer["type"]!.GetValue<string>());
        Assert.Equal("CSRF_CHECK_FAILED", answer["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(0, await _server.QueryAsync(db => db.Set<ApiKey>().CountAsync()));
    }

    [Fact]
    public async Task Should_answer_a_query_over_a_websocket_signed_in_by_the_cookie()
    {
        var token = await _server.LoginAsync();
        using var socket = await ConnectAsync(token);

        await SendAsync(socket, new JsonObject { ["id"] = "1", ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = "{ me { userName } }" } });
        var answer = await ReceiveAsync(socket);

        Assert.Equal("next", answer["type"]!.GetValue<string>());
        Assert.Equal("admin", answer["payload"]!["data"]!["me"]!["userName"]!.GetValue<string>());
    }

    private async Task<WebSocket> ConnectAsync(string token)
    {
        var client = _server.TestServer.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = request => request.Headers.Cookie = "whub_session=" + token;
        var socket = await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None);
        await SendAsync(socket, new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        return socket;
    }

    private static Task SendAsync(WebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonObject> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(text.ToString())!.AsObject();
    }
}
