using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.ApiKeys;

public sealed class ApiKeyRotationTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_show_the_new_key_once_and_revoke_the_old_one_when_rotating()
    {
        var admin = await _server.LoginAsync();
        var created = await _server.GraphQLAsync("mutation { createApiKey(name: \"open311\") { id key } }", bearer: admin);
        var oldKey = created["data"]!["createApiKey"]!["key"]!.GetValue<string>();

        var rotated = await _server.GraphQLAsync("mutation($id: UUID!) { rotateApiKey(id: $id) { id name key } }",
            new { id = created["data"]!["createApiKey"]!["id"]!.GetValue<string>() }, bearer: admin);
        var newKey = rotated["data"]!["rotateApiKey"]!["key"]!.GetValue<string>();

        Assert.Equal("open311", rotated["data"]!["rotateApiKey"]!["name"]!.GetValue<string>());
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal("api-key", (await MeAsync(newKey))?["kind"]?.GetValue<string>());
        Assert.Null(await MeAsync(oldKey));
    }

    [Fact]
    public async Task Should_refuse_to_rotate_another_persons_key_or_a_revoked_one()
    {
        var admin = await _server.LoginAsync();
        var created = await _server.GraphQLAsync("mutation { createApiKey(name: \"open311\") { id } }", bearer: admin);
        var id = created["data"]!["createApiKey"]!["id"]!.GetValue<string>();
        var worker = await _server.StaffAsync("worker-1", "worker password 1", "grid-worker");

        var byWorker = await _server.GraphQLAsync("mutation($id: UUID!) { rotateApiKey(id: $id) { key } }", new { id }, bearer: worker);
        await _server.GraphQLAsync("mutation($id: UUID!) { revokeApiKey(id: $id) }", new { id }, bearer: admin);
        var revoked = await _server.GraphQLAsync("mutation($id: UUID!) { rotateApiKey(id: $id) { key } }", new { id }, bearer: admin);

        Assert.Equal("NOT_FOUND", AuthServer.Code(byWorker));
        Assert.Equal("BAD_USER_INPUT", AuthServer.Code(revoked));
        Assert.Equal(1, await _server.QueryAsync(db => Task.FromResult(db.Set<WorkflowHub.Security.ApiKeys.ApiKey>().Count())));
    }

    private async Task<System.Text.Json.Nodes.JsonNode?> MeAsync(string apiKey) =>
        (await _server.GraphQLAsync("{ me { kind } }", apiKey: apiKey))["data"]!["me"];
}
