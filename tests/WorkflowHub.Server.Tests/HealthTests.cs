using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

public sealed class HealthTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-host-").FullName;
    private WebApplicationFactory<Program> _factory = null!;
    private TestDatabase _database = null!;

    public Task InitializeAsync()
    {
        _database = TestDatabase.Create(_folder);
        _factory = NewServer();
        return Task.CompletedTask;
    }

    private WebApplicationFactory<Program> NewServer() => new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
        .UseSettings(_database.Settings)
        .UseSetting("WorkflowHub:WorkflowsFolder", Workflows.Folder)
        .UseSetting("WorkflowHub:Auth:AdminPassword", GraphQLTestServer.AdminPassword));

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Should_answer_health_after_importing_the_built_in_definitions()
    {
        var client = _factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonObject>("/health");

        Assert.Equal("Healthy", health!["status"]!.GetValue<string>());
        Assert.Equal(3, health["definitions"]!.GetValue<int>());
        var options = _database.Options().Options;
        await using var db = new Persistence.WorkflowHubDbContext(options);
        var stored = await db.Definitions.OrderBy(d => d.DefinitionId).Select(d => new { d.DefinitionId, d.Version, d.Status }).ToListAsync();
        Assert.Equal(["escalation", "pledge-review", "service-request"], stored.Select(d => d.DefinitionId));
        Assert.All(stored, d => Assert.Equal((1, DefinitionStatus.Published), (d.Version, d.Status)));
    }

    [Fact]
    public async Task Should_not_import_again_on_a_second_start()
    {
        _factory.CreateClient();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _factory = NewServer();

        var health = await _factory.CreateClient().GetFromJsonAsync<JsonObject>("/health");

        Assert.Equal(3, health!["definitions"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_answer_bad_start_input_with_every_problem_and_its_path()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await AdminSignIn.TokenAsync(client));

        var response = await client.PostAsJsonAsync("/api/engine/workflows/service-request/instances", new { input = new { title = 5 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Equal(["$.title", "$.category", "$.orgUnitId"], errors);
        var missing = await client.PostAsJsonAsync("/api/engine/workflows/no-such-thing/instances", new { });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Should_keep_the_engine_door_shut_to_anonymous_callers_and_start_nothing()
    {
        var client = _factory.CreateClient();

        var start = await client.PostAsJsonAsync("/api/engine/workflows/service-request/instances",
            new { input = new { title = "Street light out", category = "general", orgUnitId = "community-12" } });
        var complete = await client.PostAsJsonAsync($"/api/engine/tasks/{Guid.NewGuid()}/complete", new { outcome = "Dispatched" });
        var read = await client.GetAsync($"/api/engine/instances/{Guid.NewGuid()}");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], [start.StatusCode, complete.StatusCode, read.StatusCode]);
        await using var db = new Persistence.WorkflowHubDbContext(_database.Options().Options);
        Assert.Equal(0, await db.Instances.CountAsync());
    }
}
