using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

/// <summary>
/// A node being stopped (SIGTERM from systemd, a rolling deploy) first tells the load balancer it is not ready, then
/// finishes the requests it has, then exits cleanly; nothing a client was promised is cut off.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class GracefulShutdownTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-shutdown-").FullName;
    private readonly TestDatabase _database;

    public GracefulShutdownTests() => _database = TestDatabase.Create(_folder);

    /// <summary>A request body that arrives in two parts, the second when the test says so: a request held in flight.</summary>
    private sealed class HeldBody(byte[] first, byte[] rest, Task release) : HttpContent
    {
        public TaskCompletionSource FirstSent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(first);
            await stream.FlushAsync();
            FirstSent.TrySetResult();
            await release;
            await stream.WriteAsync(rest);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = first.Length + rest.Length;
            return true;
        }
    }

    [Fact]
    public async Task Should_say_not_ready_finish_the_request_in_flight_and_exit_cleanly_on_sigterm()
    {
        await using var server = await ServerProcess.StartAsync(_database, _folder, Workflows.Folder, "--WorkflowHub:ShutdownDelay", "00:00:02");
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var ready = await client.GetAsync("/health/ready");

        var body = Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new HeldBody(body[..10], body[10..], release.Task);
        held.Headers.ContentType = new("application/json");
        var inFlight = client.PostAsync("/graphql", held);
        await held.FirstSent.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(200); // the server has the headers and waits for the rest of the body

        server.Terminate();
        HttpResponseMessage? stopping = null;
        for (var i = 0; i < 40 && stopping?.StatusCode != HttpStatusCode.ServiceUnavailable; i++)
        {
            using var fresh = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
            stopping = await fresh.GetAsync("/health/ready");
            await Task.Delay(50);
        }
        release.SetResult();
        var answer = await inFlight;
        var exitCode = await server.ExitCodeAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("""{"status":"ready"}""", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopping!.StatusCode);
        Assert.Equal("""{"status":"stopping"}""", await stopping.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Query", (await answer.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["__typename"]!.GetValue<string>());
        Assert.True(exitCode == 0, $"exit code {exitCode?.ToString() ?? "none: still running"}; output:\n{server.Output}");
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
