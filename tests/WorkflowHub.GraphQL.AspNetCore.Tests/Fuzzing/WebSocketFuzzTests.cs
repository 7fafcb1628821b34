using System.Text.Json;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using WorkflowHub.GraphQL.AspNetCore.WebSockets;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Fuzzing;

public sealed class WebSocketFuzzTests
{
    [Fact]
    public async Task Should_answer_random_socket_messages_by_the_protocol_and_never_fail_internally()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        var inputs = new FuzzInputs(4400);
        var closeCodes = new Dictionary<int, int>();

        for (var i = 0; i < 300; i++)
        {
            await using var socket = await TestSocket.ConnectAsync(host);
            await socket.InitAsync();
            var message = inputs.Next(3) switch
            {
                0 => inputs.Body(),
                1 => "{\"id\":\"" + i + "\",\"type\":\"subscribe\",\"payload\":" + inputs.Body() + "}",
                _ => "{\"id\":\"" + i + "\",\"type\":\"subscribe\",\"payload\":{\"query\":" + JsonSerializer.Serialize(inputs.Document()) + "}}",
            };
            await socket.SendAsync(message);

            while (true)
            {
                var received = await socket.ReceiveAsync(TimeSpan.FromSeconds(10));
                if (received is null)
                {
                    var code = (int)socket.CloseStatus!.Value;
                    closeCodes[code] = closeCodes.GetValueOrDefault(code) + 1;
                    Assert.True(code == CloseCodes.BadRequest, $"#{i}: closed with {code} {socket.CloseReason} after {message}");
                    break;
                }

                var type = received.Value.GetProperty("type").GetString();
                Assert.Contains(type, new[] { "next", "error", "complete" });
                if (type is "error" or "complete")
                {
                    break;
                }
            }
        }

        Assert.True(closeCodes.GetValueOrDefault(CloseCodes.BadRequest) > 0, "some random messages are invalid");
        Assert.Empty(host.Errors.Entries);
    }
}
