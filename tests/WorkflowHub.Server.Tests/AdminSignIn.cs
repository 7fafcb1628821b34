using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowHub.Server.Tests;

/// <summary>Signs in as the first admin, whose password the tests configure (<see cref="GraphQLTestServer.AdminPassword"/>).</summary>
public static class AdminSignIn
{
    public static async Task<string> TokenAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "mutation($p: String!) { login(userName: \"admin\", password: $p) { token } }",
            variables = new { p = GraphQLTestServer.AdminPassword },
        });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return body["data"]?["login"]?["token"]?.GetValue<string>() ?? throw new InvalidOperationException(body.ToJsonString());
    }
}
