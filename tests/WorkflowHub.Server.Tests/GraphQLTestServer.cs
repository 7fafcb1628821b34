using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

/// <summary>The server on a throw-away SQLite file with the built-in workflows, and GraphQL posted to it over HTTP.</summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-graphql-").FullName;

    public GraphQLTestServer(params (string Key, string Value)[] settings)
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("WorkflowHub:Sqlite:Path", Path.Combine(_folder, "hub.db")).UseSetting("WorkflowHub:WorkflowsFolder", Workflows.Folder);
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
        var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
