using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

/// <summary>
/// Kills a real server process with SIGKILL in the middle of a stream of starts and task
/// completions, restarts it on the same database, and checks that every acknowledged operation is
/// there exactly once and no instance was left half-written.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class CrashRecoveryTests : IAsyncDisposable
{
    private readonly string _folder;
    private readonly TestDatabase _database;

    public CrashRecoveryTests()
    {
        _folder = Directory.CreateTempSubdirectory("workflowhub-crash-").FullName;
        _database = TestDatabase.Create(_folder);
    }

    private readonly ConcurrentDictionary<string, Guid> _acknowledgedStarts = new();
    private readonly ConcurrentDictionary<Guid, string> _acknowledgedCompletions = new();
    private readonly ConcurrentBag<string> _attemptedStarts = [];

    [Fact]
    public async Task Should_keep_every_acknowledged_operation_exactly_once_across_sigkill()
    {
        for (var round = 0; round < 2; round++)
        {
            await using var server = await ServerProcess.StartAsync(_database, _folder, Workflows.Folder, AdminPasswordArgs);
            var token = await SignInAsync(server.BaseAddress);
            using var traffic = new CancellationTokenSource();
            var workers = Enumerable.Range(0, 4).Select(w => Task.Run(() => DriveAsync(server.BaseAddress, token, $"r{round}w{w}", traffic.Token))).ToList();
            // Mid-stream: once the round has had some traffic acknowledged (a loaded machine is slow to warm up), requests are in flight.
            var wanted = (round + 1) * 15;
            var until = DateTime.UtcNow.AddSeconds(30);
            await Task.Delay(TimeSpan.FromSeconds(3));
            while (_acknowledgedStarts.Count < wanted && DateTime.UtcNow < until) await Task.Delay(100);
            server.Kill();
            traffic.Cancel();
            await Task.WhenAll(workers);
        }

        Assert.True(_acknowledgedStarts.Count > 20, $"only {_acknowledgedStarts.Count} starts were acknowledged; the test drove too little traffic");
        Assert.True(_acknowledgedCompletions.Count > 10, $"only {_acknowledgedCompletions.Count} completions were acknowledged");

        await using (var server = await ServerProcess.StartAsync(_database, _folder, Workflows.Folder, AdminPasswordArgs))
        {
            // Retrying every start, acknowledged or not, must never create a second instance.
            using var client = Client(server.BaseAddress, await SignInAsync(server.BaseAddress));
            foreach (var requestId in _attemptedStarts)
                (await client.PostAsJsonAsync("/api/engine/workflows/service-request/instances", StartBody(requestId))).EnsureSuccessStatusCode();
        }

        await using var db = new WorkflowHubDbContext(_database.Options().Options);
        var instances = await db.Instances.AsNoTracking().ToListAsync();
        Assert.Equal(_attemptedStarts.Distinct().Count(), instances.Count);
        foreach (var (requestId, instanceId) in _acknowledgedStarts)
            Assert.Equal(instanceId, Assert.Single(instances, i => i.StartRequestId == requestId).Id);

        var journal = (await db.Journal.AsNoTracking().ToListAsync()).ToLookup(j => j.InstanceId);
        var tasks = (await db.Tasks.AsNoTracking().ToListAsync()).ToLookup(t => t.InstanceId);
        var activeBookmarks = (await db.Bookmarks.AsNoTracking().Where(b => b.ConsumedAt == null).ToListAsync()).ToLookup(b => b.InstanceId);
        foreach (var instance in instances)
        {
            var entries = journal[instance.Id].OrderBy(j => j.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, instance.JournalSequence), entries.Select(j => j.Sequence)); // no step lost or written twice
            Assert.Equal(InstanceStatus.Running, instance.Status);
            Assert.NotEmpty(activeBookmarks[instance.Id]); // nothing stuck without a way forward
            var dispatches = entries.Count(j => j.ActivityId == "dispatch" && j.Event == JournalEvents.Completed);
            if (_acknowledgedCompletions.ContainsKey(instance.Id))
            {
                Assert.Equal(1, dispatches);
                Assert.Equal(TaskItemStatus.Completed, tasks[instance.Id].Single(t => t.ActivityId == "dispatch").Status);
                Assert.Equal("signFor", Assert.Single(tasks[instance.Id], t => t.Status == TaskItemStatus.Open).ActivityId);
            }
            else
            {
                Assert.InRange(dispatches, 0, 1);
            }
            Assert.Single(tasks[instance.Id], t => t.Status == TaskItemStatus.Open);
        }
    }

    private static readonly string[] AdminPasswordArgs = ["--WorkflowHub:Auth:AdminPassword", GraphQLTestServer.AdminPassword];

    private static async Task<string> SignInAsync(Uri server)
    {
        using var client = new HttpClient { BaseAddress = server };
        return await AdminSignIn.TokenAsync(client);
    }

    private static HttpClient Client(Uri server, string token)
    {
        var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task DriveAsync(Uri server, string token, string worker, CancellationToken ct)
    {
        using var client = Client(server, token);
        for (var n = 0; !ct.IsCancellationRequested; n++)
        {
            var requestId = $"{worker}-{n}";
            try
            {
                _attemptedStarts.Add(requestId);
                var started = await (await client.PostAsJsonAsync("/api/engine/workflows/service-request/instances", StartBody(requestId), ct))
                    .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>(ct);
                var instanceId = Guid.Parse(started!["instanceId"]!.GetValue<string>());
                _acknowledgedStarts[requestId] = instanceId;

                var instance = await client.GetFromJsonAsync<JsonObject>($"/api/engine/instances/{instanceId}", ct);
                var taskId = instance!["tasks"]!.AsArray().Single(t => t!["activityId"]!.GetValue<string>() == "dispatch")!["id"]!.GetValue<string>();
                (await client.PostAsJsonAsync($"/api/engine/tasks/{taskId}/complete",
                    new { outcome = "Dispatched", data = new { handlingUnitId = "grid-7" } }, ct)).EnsureSuccessStatusCode();
                _acknowledgedCompletions[instanceId] = taskId;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
            {
                return; // the server is gone: whatever was not acknowledged may or may not have happened
            }
        }
    }

    private static object StartBody(string requestId) => new
    {
        requestId,
        input = new { title = "Street light out " + requestId, category = "general", orgUnitId = "community-12" },
    };

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
