using WorkflowHub.Governance.Tests.Support;

namespace WorkflowHub.Governance.Tests.OrgUnits;

/// <summary>A small tree over GraphQL: district d1 → streets s1, s2 → community c1 (under s1) → grids g1, g2.</summary>
internal static class OrgTree
{
    public const string Csv = """
        id,parentId,kind,name,latitude,longitude,calendar
        g1,c1,GRID,Grid One,39.91,116.40,
        g2,c1,Grid,Grid Two,,,
        c1,s1,community,Community One,,,
        s1,d1,STREET,Street One,,,
        s2,d1,Street,Street Two,,,
        d1,,District,District,,,default
        """;

    public static async Task ImportAsync(GovernanceServer server)
    {
        var data = await server.DataAsync("mutation($c: String!) { importOrgUnits(format: CSV, content: $c) { created } }", new { c = Csv });
        Assert.Equal(6, (int)data["importOrgUnits"]!["created"]!);
    }

    /// <summary>Runs a mutation expected to be refused and returns its first error.</summary>
    public static async Task<System.Text.Json.Nodes.JsonNode> ErrorAsync(GovernanceServer server, string query, object? variables = null)
    {
        var result = await server.GraphQLAsync(query, variables);
        Assert.True(result["errors"] is System.Text.Json.Nodes.JsonArray { Count: > 0 }, "Expected an error, got " + result.ToJsonString());
        return result["errors"]![0]!;
    }

    public static IReadOnlyList<string> Paths(System.Text.Json.Nodes.JsonNode error) =>
        error["extensions"]!["errors"]!.AsArray().Select(e => (string)e!["path"]!).ToList();
}
