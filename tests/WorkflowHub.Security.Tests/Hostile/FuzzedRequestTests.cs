using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.ApiKeys;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Hostile;

public sealed class FuzzedRequestTests : IAsyncLifetime
{
    private const int Requests = 10_000;
    private const int Batch = 1_000;
    private readonly AuthServer _server = HostileServer.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_find_every_seed_operation_valid_against_the_real_schema()
    {
        var admin = await _server.LoginAsync();

        var invalid = new List<string>();
        foreach (var (query, variables) in FuzzSeeds.Operations)
        {
            var result = await _server.GraphQLAsync(query, variables is null ? null : JsonNode.Parse(variables), bearer: admin);
            if (AuthServer.Code(result) is "GRAPHQL_VALIDATION_FAILED" or "GRAPHQL_PARSE_FAILED") invalid.Add($"{query}: {result.ToJsonString()}");
        }

        Assert.Empty(invalid);
    }

    [Fact]
    public async Task Should_stay_up_and_answer_ten_thousand_fuzzed_requests_with_clear_errors_and_keep_what_was_stored_before()
    {
        var admin = await _server.LoginAsync();
        var staff = await _server.StaffAsync("fuzzer", "fuzzer password 1");
        var saved = await _server.GraphQLAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { version } }", new { d = JsonNode.Parse(KeptDefinition) }, bearer: admin);
        Assert.True(saved["errors"] is null, saved.ToJsonString());
        var key = (await _server.GraphQLAsync("mutation { createApiKey(name: \"kept\") { key } }", bearer: admin))["data"]!["createApiKey"]!["key"]!.GetValue<string>();
        var before = await SnapshotAsync();
        using var anonymous = _server.Client();
        using var signedIn = _server.Client(bearer: staff);
        using var byKey = _server.Client(apiKey: key);
        var fuzzer = new Fuzzer(seed: 20261122);
        var problems = new List<string>();

        for (var sent = 0; sent < Requests; sent += Batch)
        {
            for (var i = 0; i < Batch; i++)
            {
                var client = fuzzer.Next(3) switch { 0 => anonymous, 1 => signedIn, _ => byKey };
                var (response, request) = fuzzer.Next(10) == 0 ? await GetAsync(client, fuzzer) : await PostAsync(client, fuzzer.Body());
                if (await Answers.ProblemAsync(response, request) is { } problem) problems.Add(problem);
            }

            await Answers.AssertHealthyAsync(anonymous);
        }

        Assert.True(problems.Count == 0, $"{problems.Count} bad answers, the first: {string.Join(Environment.NewLine, problems.Take(5))}");
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal("api-key", (await _server.GraphQLAsync("{ me { kind } }", apiKey: key))["data"]!["me"]!["kind"]!.GetValue<string>());
        Assert.Equal("admin", (await _server.GraphQLAsync("{ me { userName } }", bearer: admin))["data"]!["me"]!["userName"]!.GetValue<string>());
    }

    private const string KeptDefinition = """
        { "definitionId": "kept", "name": "Kept through the fuzzing", "activities": [ { "id": "start", "type": "Start" }, { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "end" } ] }
        """;

    private static async Task<(HttpResponseMessage, string)> PostAsync(HttpClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return (await client.PostAsync("/graphql", content), Encoding.UTF8.GetString(body));
    }

    private static async Task<(HttpResponseMessage, string)> GetAsync(HttpClient client, Fuzzer fuzzer)
    {
        var (query, _) = FuzzSeeds.Operations[fuzzer.Next(FuzzSeeds.Operations.Length)];
        var url = "/graphql?query=" + Uri.EscapeDataString(fuzzer.MutateDocument(query));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return (await client.SendAsync(request), url);
    }

    /// <summary>Everything stored before the run that the run must not change: definitions, accounts, keys, org units, people.</summary>
    private Task<string> SnapshotAsync() => _server.QueryAsync(async db =>
    {
        var definitions = (await db.Definitions.AsNoTracking().Where(d => d.DefinitionId != "fuzzed")
            .Select(d => new { d.DefinitionId, d.Version, d.Status, d.Json }).ToListAsync())
            .OrderBy(d => d.DefinitionId).ThenBy(d => d.Version).Select(d => $"{d.DefinitionId}/{d.Version}/{d.Status}/{d.Json.GetHashCode()}");
        var accounts = (await db.Set<WorkflowHub.Security.Accounts.Account>().AsNoTracking().Where(a => a.UserName == "admin").ToListAsync())
            .Select(a => $"{a.UserName}/{a.PasswordHash}/{a.SecurityStamp}/{a.LockedUntil}");
        var keys = (await db.Set<ApiKey>().AsNoTracking().Where(k => k.Name == "kept").ToListAsync()).Select(k => $"{k.Prefix}/{k.RevokedAt}");
        var people = (await db.Set<Governance.People.Person>().AsNoTracking().ToListAsync()).OrderBy(p => p.Id).Select(p => $"{p.Id}/{p.Name}");
        return string.Join("|", definitions.Concat(accounts).Concat(keys).Concat(people));
    });
}
