using System.Net.Sockets;
using System.Text;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Http;

/// <summary>A client that goes away in the middle of its request body is the client's doing, not a server fault.</summary>
public sealed class TruncatedBodyTests
{
    [Fact]
    public async Task Should_not_log_an_error_when_the_client_closes_before_its_body_is_complete()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
            var stream = socket.GetStream();
            var head = $"POST /graphql HTTP/1.1\r\nHost: {host.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "{\"query\":\"{ counter"));
            await stream.FlushAsync();
            // Ending our side leaves Kestrel with a body 380 bytes short; reading until the server closes
            // the connection waits until it has handled (and logged) the cut-off request.
            socket.Client.Shutdown(SocketShutdown.Send);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await new StreamReader(stream).ReadToEndAsync(timeout.Token);
            }
            catch (IOException)
            {
                // A reset is the server closing the connection too.
            }
        }

        Assert.Empty(host.Errors.Entries);
        using var client = host.CreateClient();
        var answer = await client.PostAsync(host.GraphQLUri, new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));
        Assert.True(answer.IsSuccessStatusCode);
    }
}
