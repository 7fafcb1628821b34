using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowHub.Governance.Demo;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Studio.Tests.Support;

/// <summary>
/// The real server, studio bundle included, on Kestrel on a free loopback port with a fresh SQLite file in a temp folder.
/// The first admin's password is set through configuration, so the browser signs in through the studio's own form.
/// </summary>
public sealed class StudioServer : IAsyncDisposable
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "studio-admin-pass-2026";
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-studio-").FullName;
    private readonly WebApplicationFactory<Program> _factory;
    private string? _adminToken;

    public StudioServer()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            // Without an address of its own the server takes the product's default, 5080, which another run may hold.
            .UseSetting("urls", "http://127.0.0.1:0")
            .UseSetting("WorkflowHub:Sqlite:Path", Path.Combine(_folder, "hub.db"))
            .UseSetting("WorkflowHub:Sqlite:Synchronous", "NORMAL")
            .UseSetting("WorkflowHub:WorkflowsFolder", Workflows.Folder)
            .UseSetting("WorkflowHub:Auth:AdminPassword", AdminPassword)
            // Deadlines of the story are hours away; a node without Quartz keeps the two CI cores for the browser.
            .UseSetting("WorkflowHub:Timers:Enabled", "false")
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning)));
        _factory.UseKestrel(0);
        _factory.StartServer();
        using var client = _factory.CreateClient();
        BaseAddress = client.BaseAddress!;
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:43127/.</summary>
    public Uri BaseAddress { get; }

    public Uri StudioAddress => new(BaseAddress, "/studio/");

    public IServiceProvider Services => _factory.Services;

    /// <summary>The small demo district (org tree, staff, 160 requests, 48 pledges), for pages that show governance data.</summary>
    public Task SeedDemoAsync() => Services.GetRequiredService<DemoSeeder>().SeedAsync(new Progress<DemoProgress>(), DemoSize.Small);

    /// <summary>Posts a GraphQL request as the admin (a bearer token from <c>login</c>) and returns its data; fails on errors.</summary>
    public async Task<JsonObject> AdminDataAsync(string query, object? variables = null)
    {
        _adminToken ??= (await PostAsync("mutation($u: String!, $p: String!) { login(userName: $u, password: $p) { token } }",
            new { u = AdminUser, p = AdminPassword }, token: null))["data"]!["login"]!["token"]!.GetValue<string>();
        var result = await PostAsync(query, variables, _adminToken);
        Assert.True(result["errors"] is null, "Unexpected errors: " + result["errors"]?.ToJsonString());
        return result["data"]!.AsObject();
    }

    private async Task<JsonObject> PostAsync(string query, object? variables, string? token)
    {
        using var client = _factory.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
