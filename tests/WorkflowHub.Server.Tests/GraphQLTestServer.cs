using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

/// <summary>
/// The server on a throw-away database (<see cref="TestDatabase"/>: SQLite, or PostgreSQL when asked) with the built-in workflows, and GraphQL posted to it over HTTP as the
/// first admin (a workflow-admin), signed in with a real token.
/// </summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    public const string AdminPassword = "server tests admin password";
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-graphql-").FullName;
    private readonly TestDatabase _database;
    private bool _signedIn;

    public GraphQLTestServer(params (string Key, string Value)[] settings)
    {
        _database = TestDatabase.Create(_folder);
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSettings(_database.Settings).UseSetting("WorkflowHub:WorkflowsFolder", Workflows.Folder)
                .UseSetting("WorkflowHub:Auth:AdminPassword", AdminPassword);
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });
        Client = Factory.CreateClient();
    }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => Factory.Services;

    /// <summary>The whole response: <c>data</c> and, when something was refused, <c>errors</c>.</summary>
    public async Task<JsonObject> PostAsync(string query, object? variables = null)
    {
        await SignInAsync();
        var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Signs <see cref="Client"/> in as the admin, once.</summary>
    public async Task SignInAsync()
    {
        if (_signedIn) return;
        var response = await Client.PostAsJsonAsync("/graphql", new
        {
            query = "mutation($p: String!) { login(userName: \"admin\", password: $p) { token } }",
            variables = new { p = AdminPassword },
        });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var token = body["data"]?["login"]?["token"]?.GetValue<string>() ?? throw new InvalidOperationException(body.ToJsonString());
        Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        _signedIn = true;
    }

    /// <summary>The data of a request that must succeed.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var body = await PostAsync(query, variables);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    /// <summary>Saves a definition as a draft and publishes it, both through GraphQL.</summary>
    public async Task PublishAsync(string definitionJson)
    {
        var saved = await DataAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { definitionId } }", new { d = JsonNode.Parse(definitionJson) });
        await DataAsync("mutation($id: String!) { publishWorkflow(definitionId: $id) { version } }",
            new { id = saved["saveWorkflowDraft"]!["definitionId"]!.GetValue<string>() });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
